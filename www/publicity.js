// The publicity page: a sample application turned into its notice, the notice printed on A4, and
// the clerk's audit of what was withheld. The library decides what is shown; this page only places
// its escaped HTML (safe for innerHTML) and lists the withheld paths.
import { publicityNotice } from './jiuzhu.js';

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

const form = document.getElementById('notice-form');
const sheet = document.getElementById('notice');
const withheld = document.getElementById('withheld');
const missing = document.getElementById('missing');

function render() {
  const data = new FormData(form);
  const opts = {
    postedOn: String(data.get('postedOn')),
    kind: String(data.get('kind')),
    nameStyle: String(data.get('nameStyle')),
    locale: String(data.get('locale')),
    monthlyAmount: 2390,
    supervisionPhone: '021-59728888',
  };
  withheld.replaceChildren();
  missing.hidden = true;
  try {
    const notice = publicityNotice(SAMPLE, opts);
    sheet.innerHTML = notice.html;
    for (const w of notice.withheld) {
      const row = document.createElement('tr');
      for (const text of [w.path, w.message]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      withheld.append(row);
    }
    if (notice.missing.length > 0) {
      missing.textContent = `公示缺少必需内容，暂不能张贴：${notice.missing.join('、')}`;
      missing.hidden = false;
    }
  } catch (error) {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = error.message;
    sheet.replaceChildren(p);
  }
  document.body.dataset.done = 'true';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
document.getElementById('print').addEventListener('click', () => window.print());
render();
