/**
 * Extra words and phrases for the topics of the default taxonomy, in English and Russian.
 *
 * Labels and descriptions alone miss the usual vocabulary of a topic ("ДСНВ" for New START,
 * "SHAPE" for liaison missions); these lists add it. Topics the analyst creates are matched on
 * their label and description only. Entries are matched by word stem, so "exercise" also finds
 * "exercises" and "учения" finds "учений".
 */
export const TOPIC_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'dialogue-and-negotiation': [
    'dialogue', 'negotiation', 'negotiate', 'talks', 'diplomacy', 'cooperation', 'bilateral', 'communication',
    'диалог', 'переговоры', 'сотрудничество', 'двусторонний',
  ],
  'mil-to-mil-channels': [
    'military-to-military', 'military-military', 'mil-to-mil', 'general staff', 'joint chiefs', 'staff-staff',
    'staff-to-staff', 'military contacts', 'military establishments', 'senior military leaders', 'channel',
    'военные контакты', 'генеральный штаб', 'генштаб', 'канал связи', 'военных ведомств',
  ],
  'liaison-missions': ['liaison', 'shape', 'military mission', 'headquarters', 'представительство', 'миссия связи', 'штаб-квартира'],
  'risk-reduction-incidents': [
    'risk reduction', 'risks', 'incident', 'accident', 'escalation', 'escalate', 'miscalculation', 'crisis', 'hotline',
    'deconfliction', 'misunderstanding', 'disinformation', 'hoaxing', 'confrontation', 'clashes', 'hazardous',
    'инцидент', 'снижение рисков', 'риск', 'эскалация', 'кризис', 'деконфликтация', 'случайный', 'дезинформация',
  ],
  'exercise-transparency': [
    'exercise', 'maneuvers', 'manoeuvres', 'observers', 'notification', 'snap exercise', 'vienna document',
    'heavy-bomber', 'bomber', 'sorties', 'transparency', 'combat training', 'учения', 'маневры', 'наблюдатели',
    'уведомление', 'венский документ', 'прозрачность', 'бомбардировщик',
  ],
  'doctrine-dialogue': ['doctrine', 'misperception', 'доктрина', 'доктрины'],
  'nato-russia-relations': [
    'nato', 'nato-russia', 'nato-russia council', 'alliance', 'baltic', 'black sea', 'kaliningrad', 'suwalki',
    'нато', 'совет россия-нато', 'альянс', 'балтийский', 'черное море', 'калининград',
  ],
  'strategic-arms-control': [
    'new start', 'strategic stability', 'strategic offensive', 'arms control', 'non-proliferation', 'nuclear',
    'treaty', 'дснв', 'стратегическая стабильность', 'контроль над вооружениями', 'ядерный', 'нераспространение',
    'договор',
  ],
  'intermediate-range-missiles': [
    'inf', 'inf treaty', 'intermediate-range', 'short-range', 'medium-range', 'missiles', 'рсмд', 'средней дальности',
    'меньшей дальности', 'ракеты',
  ],
  'emerging-technologies': [
    'emerging technologies', 'new weapons', 'hypersonic', 'artificial intelligence', 'autonomous', 'non-nuclear technologies',
    'технологии', 'гиперзвуковой', 'искусственный интеллект', 'новые виды вооружений',
  ],
  counterterrorism: [
    'terrorism', 'terrorist', 'antiterrorist', 'counterterrorism', 'isis', 'syria', 'syrian', 'afghanistan',
    'central asia', 'foreign fighters', 'extremists', 'middle east', 'humanitarian', 'терроризм', 'террористический',
    'игил', 'сирия', 'афганистан', 'центральная азия', 'экстремисты', 'ближний восток',
  ],
  cyber: [
    'cyber', 'cybersecurity', 'internet', 'information operations', 'influence operations', 'hacking', 'software',
    'cryptography', 'election', 'кибер', 'кибербезопасность', 'интернет', 'информационные операции', 'вмешательство',
  ],
  arctic: ['arctic', 'arctic council', 'coast guard', 'northern sea route', 'арктика', 'арктический', 'береговая охрана'],
};
