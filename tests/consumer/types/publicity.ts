// A TypeScript consumer of publicity notices: compiles only if the declarations are real.
import { publicityNotice, type PublicityNotice, type WithheldReason, type JiuzhuError } from 'jiuzhu';

const notice: PublicityNotice = publicityNotice(
  { category: 'minimumLiving', town: '310118105', committee: '赵巷村村民委员会', members: [] },
  { postedOn: '2025-09-30', monthlyAmount: 1330, supervisionPhone: '12345', nameStyle: 'masked', locale: 'en' },
);
const end: string | undefined = notice.period?.end;
const reasons: WithheldReason[] = notice.withheld.map((w) => w.reason);
const html: string = notice.html;

try {
  publicityNotice({}, { postedOn: '2025-09-30', monthlyAmount: -1 });
} catch (e) {
  const code: JiuzhuError['code'] = (e as JiuzhuError).code;
  console.log(code === 'invalidMonthlyAmount');
}

// @ts-expect-error: postedOn is required
publicityNotice({}, {});
// @ts-expect-error: name styles are a closed set
publicityNotice({}, { postedOn: '2025-09-30', nameStyle: 'initials' });

export { end, reasons, html };
