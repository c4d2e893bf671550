import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const te = pluralsFor('te');
const CARD = 'కార్డ్';

/**
 * Telugu, the polite "మీరు" register. Pass with the locale:
 * `<WalletProvider locale="te" messages={teMessages}>`.
 */
export const teMessages: WalletMessages = {
  // CLDR's default for `te`; Telugu bank and UPI apps show Latin digits.
  numberingSystem: 'latn',
  listHeading: 'సేవ్ చేసిన కార్డ్‌లు',
  // Brand names stay in Latin script, as printed on the card.
  brands: { ...BRAND_NAMES, unknown: CARD },
  // "4242తో ముగిసే Visa కార్డ్"; an unknown brand is just "… ముగిసే కార్డ్".
  cardName: (brand, last4) => `${last4}తో ముగిసే ${brand.endsWith(CARD) ? brand : `${brand} ${CARD}`}`,
  expires: (expiry) => `${expiry} వరకు చెల్లుతుంది`,
  expired: (expiry) => `${expiry}న గడువు ముగిసింది`,
  defaultBadge: 'డిఫాల్ట్',
  expiresSoon: 'త్వరలో గడువు ముగుస్తుంది',
  lockReasons: {
    subscription: 'సబ్‌స్క్రిప్షన్ కోసం వాడుతున్నారు',
    pending_payment: 'జరుగుతున్న చెల్లింపులో వాడుతున్నారు',
    last_card: 'కనీసం ఒక కార్డ్ ఉండాలి',
    other: 'ప్రస్తుతం తీసివేయలేరు',
  },
  remove: 'తీసివేయి',
  removeButton: (cardName) => `${cardName} తీసివేయి`,
  replace: 'మార్చు',
  replaceButton: (cardName) => `${cardName} మార్చు`,
  nextDefault: (cardName) => `${cardName} మీ డిఫాల్ట్ కార్డ్ అవుతుంది.`,
  confirmTitle: (cardName) => `${cardName} తీసివేయాలా?`,
  confirmDescription: 'దీన్ని వెనక్కి తీసుకోలేరు.',
  cancel: 'రద్దు చేయి',
  confirm: 'కార్డ్ తీసివేయి',
  empty: 'సేవ్ చేసిన కార్డ్‌లు లేవు',
  emptyDescription: 'చెల్లించేటప్పుడు మీరు సేవ్ చేసే కార్డ్‌లు ఇక్కడ కనిపిస్తాయి.',
  loading: 'సేవ్ చేసిన కార్డ్‌లు లోడ్ అవుతున్నాయి…',
  loadFailed: 'మీ సేవ్ చేసిన కార్డ్‌లను లోడ్ చేయలేకపోయాం.',
  retry: 'మళ్లీ ప్రయత్నించండి',
  dismiss: 'మూసివేయి',
  notifications: 'నోటిఫికేషన్‌లు',
  removed: (cardName) => `${cardName} తీసివేయబడింది`,
  removeExpired: te({
    one: 'గడువు ముగిసిన {count} కార్డ్ తీసివేయి',
    other: 'గడువు ముగిసిన {count} కార్డ్‌లు తీసివేయి',
  }),
  removeExpiredTitle: te({
    one: 'గడువు ముగిసిన {count} కార్డ్ తీసివేయాలా?',
    other: 'గడువు ముగిసిన {count} కార్డ్‌లు తీసివేయాలా?',
  }),
  removeExpiredConfirm: 'కార్డ్‌లు తీసివేయి',
  cardsRemoved: te({
    one: '{count} కార్డ్ తీసివేయబడింది',
    other: '{count} కార్డ్‌లు తీసివేయబడ్డాయి',
  }),
  cardsFailed: te({
    one: '{count} కార్డ్‌ను తీసివేయలేకపోయాం.',
    other: '{count} కార్డ్‌లను తీసివేయలేకపోయాం.',
  }),
  undoable: te({
    one: '{count} సెకనులో అన్‌డూ చేయవచ్చు.',
    other: '{count} సెకన్లలో అన్‌డూ చేయవచ్చు.',
  }),
  undo: 'అన్‌డూ',
  restored: (cardName) => `${cardName} తిరిగి జోడించబడింది`,
  undoCountdown: te({ one: '{count} సెకను మిగిలి ఉంది', other: '{count} సెకన్లు మిగిలి ఉన్నాయి' }),
  rateLimited: te({
    one: 'చాలా ప్రయత్నాలు. {count} సెకను తర్వాత మళ్లీ ప్రయత్నించండి.',
    other: 'చాలా ప్రయత్నాలు. {count} సెకన్ల తర్వాత మళ్లీ ప్రయత్నించండి.',
  }),
  errors: {
    unauthenticated: 'మీ సెషన్ ముగిసింది. మళ్లీ సైన్ ఇన్ చేయండి.',
    forbidden: 'ఈ అభ్యర్థన నిరోధించబడింది.',
    card_not_found: 'ఈ కార్డ్ ఇప్పటికే తీసివేయబడింది.',
    card_in_use: 'ఈ కార్డ్ జరుగుతున్న చెల్లింపులో వాడుతున్నారు.',
    card_expired: 'ఈ కార్డ్ గడువు ముగిసింది, కాబట్టి దీన్ని డిఫాల్ట్ కార్డ్‌గా చేయలేరు.',
    invalid_request: 'ఏదో తప్పు జరిగింది. మళ్లీ ప్రయత్నించండి.',
    provider_error: 'కార్డ్‌ను తీసివేయలేకపోయాం.',
    network_error: 'మీరు ఆఫ్‌లైన్‌లో ఉన్నారు లేదా కనెక్షన్ విఫలమైంది.',
    invalid_response: 'ఏదో తప్పు జరిగింది.',
  },
};
