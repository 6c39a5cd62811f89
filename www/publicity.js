// The publicity page: a sample application turned into its notice, the notice printed on A4 with
// room for the office's seal, and the clerk's audit of what was withheld, grouped by reason and
// named by field (labelFor). The library decides what is shown; this page only places its escaped
// HTML (safe for innerHTML). A notice is drafted only from an application without errors, and only
// with the amount the office has set: the page has no amount of its own.
import { labelFor, publicityNotice, validateApplication } from './jiuzhu.js';
import { missingWords, publicityBlockers } from './findings.js';
import { $, el } from './page.js';

/** A sample application as a portal would hand it in (fictitious people and numbers). */
export const SAMPLE = {
  category: 'minimumLiving',
  submittedOn: '2025-09-01',
  town: '310118105',
  committee: '赵巷村村民委员会',
  contact: { phone: '13812345678', hukouAddress: '上海市青浦区赵巷镇业辉路128弄6号', residenceAddress: '上海市青浦区赵巷镇崧泽大道5号' },
  members: [
    { name: '王𠮷', idType: 'residentId', idNumber: '310118198001010023', relationship: 'self', hukou: 'local',
      livesTogether: true, employment: 'unemployed', disability: null, health: '慢性肾功能衰竭',
      monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 1450.5, other: 0 } },
    { name: '李秀英', idType: 'residentId', idNumber: '310118198203150040', relationship: 'spouse', hukou: 'local',
      livesTogether: true, employment: 'employed', disability: { category: 'physical', grade: 3 }, health: null,
      monthlyIncome: { wages: 2380, business: 0, property: 0, transfer: 0, other: 0 } },
    { name: '王小明', idType: 'residentId', idNumber: '310118201203040014', relationship: 'child', hukou: 'local',
      livesTogether: true, employment: 'student', disability: null, health: null,
      monthlyIncome: { wages: 0, business: 0, property: 0, transfer: 0, other: 0 } },
  ],
  assets: { deposits: 23000, securities: 0, vehicles: 0, nonResidentialProperty: 0 },
  expenses: { medical: 41200, education: 3000 },
  bankAccount: { bankName: '上海农商银行', accountNumber: '6224121234567890123', holderName: '王𠮷' },
  agent: null,
  consents: { verificationAuthorized: true, declarationTruthful: true },
};

const form = $('notice-form');
const sheet = $('notice');
const status = $('notice-status');

/** A withheld path in words; refused options (opts.…) by what they are. */
const OPTIONS = { 'opts.supervisionPhone': '监督电话（选项）', 'opts.monthlyAmount': '救助金额（选项）' };
const words = (path) => OPTIONS[path] ?? labelFor(path);

/** The audit: one collapsed group per reason, members' fields under each member's name. */
function audit(withheld) {
  const groups = new Map();
  for (const w of withheld) {
    if (!groups.has(w.reason)) groups.set(w.reason, { message: w.message, paths: [] });
    groups.get(w.reason).paths.push(w.path);
  }
  const out = [];
  for (const [reason, { message, paths }] of groups) {
    const details = el('details');
    details.dataset.reason = reason;
    details.append(el('summary', `${message}（${paths.length} 项）`));
    const byWhom = new Map();
    for (const path of paths) {
      const m = /^members\.(\d+)\.(.+)$/.exec(path);
      const whom = m ? labelFor(`members.${m[1]}`) : '';
      if (!byWhom.has(whom)) byWhom.set(whom, []);
      byWhom.get(whom).push(m ? labelFor(m[2]) : words(path));
    }
    for (const [whom, names] of byWhom) details.append(el('p', whom ? `${whom}：${names.join('、')}` : names.join('、')));
    out.push(details);
  }
  return out;
}

function render() {
  const data = new FormData(form);
  $('withheld').replaceChildren();
  $('missing').hidden = true;
  $('audit-empty').hidden = false;
  $('print').disabled = true;
  sheet.replaceChildren();
  const amount = String(data.get('monthlyAmount') ?? '').trim();
  const why = publicityBlockers(validateApplication(SAMPLE), amount);
  if (why.length) {
    status.replaceChildren(el('p', '还不能生成公示：', 'answer'), ...why.map((w) => el('p', w, 'warning')));
    document.body.dataset.done = 'true';
    return;
  }
  const opts = {
    postedOn: String(data.get('postedOn')),
    kind: String(data.get('kind')),
    nameStyle: String(data.get('nameStyle')),
    locale: String(data.get('locale')),
    monthlyAmount: Number(amount),
  };
  const phone = String(data.get('supervisionPhone') ?? '').trim();
  if (phone) opts.supervisionPhone = phone;
  try {
    const notice = publicityNotice(SAMPLE, opts);
    sheet.innerHTML = notice.html;
    // The space the office's seal is stamped on, over the issuer's name and date.
    const issuer = sheet.querySelector('.jiuzhu-issuer');
    if (issuer) {
      const seal = el('span', '盖章处', 'seal-space');
      seal.setAttribute('aria-hidden', 'true');
      issuer.prepend(seal);
    }
    $('withheld').replaceChildren(...audit(notice.withheld));
    $('audit-empty').hidden = true;
    if (notice.missing.length > 0) {
      $('missing').textContent = `公示缺少必需内容，暂不能张贴：${missingWords(notice.missing)}`;
      $('missing').hidden = false;
    }
    status.replaceChildren(el('p', '已生成公示。'));
    $('print').disabled = false;
  } catch (error) {
    status.replaceChildren(el('p', `错误：${error.message}`, 'error'));
  }
  document.body.dataset.done = 'true';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
$('print').addEventListener('click', () => window.print());
render();
document.body.dataset.ready = 'true';
