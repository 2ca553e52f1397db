// One test per rule of what counts as a recommendation (docs/importer.md), each on real sentences
// from the development corpus (eval/corpus/, the file named in each test).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Library } from '../model';
import { extractCandidates, type Candidate } from './extract';

const library = Library.parse(JSON.parse(readFileSync(new URL('../../../data/library.json', import.meta.url), 'utf8')));

/** The candidates of a page: a title line, then the body as the page gives it. */
function candidates(body: string, language = 'en'): Candidate[] {
  return extractCandidates(`A Title for the Test Page\n\n${body}`, { topics: library.topics, language });
}

const calls = (body: string, language?: string) =>
  candidates(body, language)
    .filter((c) => c.kind === 'recommendation' || c.kind === 'proposal')
    .map((c) => c.statement);

describe('recommendations and proposals in real pages', () => {
  it('takes a call for action whoever makes it, not only the dialogue (luxforum-declaration-2010, ru-expert-mukhin-nato)', () => {
    expect(calls('The Luxembourg Forum should concentrate its efforts at promoting the New START ratification and implementation.')).toHaveLength(1);
    const russian = 'По словам Мухина, Россия и Запад уже готовятся к переговорам. Специалист также отметил, что России и НАТО нужно создать «диалоговую группу», которая будет заниматься разрешением «множества мелких конфликтных ситуаций».';
    expect(calls(russian, 'ru')).toEqual([
      'Специалист также отметил, что России и НАТО нужно создать «диалоговую группу», которая будет заниматься разрешением «множества мелких конфликтных ситуаций».',
    ]);
  });

  it('takes impersonal calls: must, need to, is needed, will be necessary (deepcuts-reports-page)', () => {
    const text =
      'Competition and selective cooperation is the new normal. Russia and the West must come back from the brink. They need to better manage their conflictual relationship. Restraint and dialogue are now needed more than ever.';
    expect(calls(text)).toEqual([
      'Russia and the West must come back from the brink.',
      'They need to better manage their conflictual relationship.',
      'Restraint and dialogue are now needed more than ever.',
    ]);
  });

  it('takes appeals and soft calls: "we appeal to", "could contribute" (pugwash-arms-race-2017, ru-carnegie-cbm-proposals-2012)', () => {
    expect(calls('We appeal to the people of the world to voice their opinion and prevent any return to a cold war mentality, and possibly to a crisis of the nonproliferation regime.')).toHaveLength(1);
    expect(candidates('Ослаблению ядерной опасности для США и России могли бы способствовать меры по укреплению доверия. Это отвечает целям обеих стран и как демократической, так и республиканской партии США.', 'ru').map((c) => c.kind)).toEqual(['proposal']);
  });

  it('takes reported and agreed calls: "agreed to", "emphasized the importance of", "underscored the need for" (khabarasia-, businessupturn-china-us-track15-2024)', () => {
    const text =
      'Representatives from both nations agreed to strengthen dialogue, properly handle differences, and avoid conflicts, aligning with the interests of their peoples and the international community. The dialogue emphasized the importance of deepening cooperation in areas such as economy, trade, climate change, health, and artificial intelligence. The Second China-U.S. Track 1.5 Dialogue, held in Beijing, underscored the need for both nations to improve communication, manage differences constructively, and prevent confrontations.';
    expect(calls(text)).toHaveLength(3);
  });

  it('takes Russian calls with необходимо, придётся, должна (ru-expert-mukhin-nato, ru-diplodict-p5-statement-2022)', () => {
    const text =
      'Эксперт считает, что ради решения мировых проблем сторонам придется перейти к переговорам в новом формате. В ядерной войне не может быть победителей, и она никогда не должна быть развязана.';
    expect(calls(text, 'ru')).toHaveLength(2);
  });

  it('never takes a cue word used descriptively (pugwash-arms-race-2017, eln-network-crisis-2022, deepcuts-reports-page)', () => {
    const text = [
      'We are particularly concerned about ideas and rumors that propose a restart of the nuclear arms race among the major nuclear powers, and even a restart of nuclear tests.',
      'We draw some comfort from the fact that on December 23, 2016 the General Assembly of the United Nations approved the resolution recommended to it in October by its First Committee on Disarmament and International Security to start negotiations in 2017 on a treaty banning nuclear weapons.',
      'From the start of 2017, our Contact Group on Russia-West relations has networked mid-career politicians and experts from Russia and elsewhere in Europe who will have to deal with the consequences tomorrow of the decisions being made by governments today.',
      'It contains fifteen key recommendations and identifies a number of additional measures, which could help to address the most acute security concerns in Europe.',
      'This report concentrates on the nuclear and conventional arms control issues that must be addressed to contain unintended spill-over effects from the current crisis.',
    ].join(' ');
    expect(calls(text)).toEqual([]);
    // The concern stays, with its own kind.
    expect(candidates(text)[0]).toMatchObject({ kind: 'concern' });
  });

  it('never takes event descriptions or agenda items named "Recommendations" (pugwash-hiroshima-2025, luxforum-london-agenda-2016)', () => {
    expect(calls('The Pugwash Council takes note of the following topics which were discussed in detail by the conference working groups, the reports of which contain concrete recommendations.')).toEqual([]);
    expect(calls('10.00 am – 11.30 am– First session. Open for press.\n\nRecommendations of the Supervisory Board on the Luxembourg Forum work plan. Discussion\n\n11:30 am – 11:45 am – Coffee break')).toEqual([]);
  });

  it('makes each part of an inline ";" list its own candidate, and no assessment a call (airforcemag-posture-report-2009)', () => {
    const text =
      'Among the commission’s major recommendations are: the US requires a nuclear stockpile that is safe, secure, reliable, and credible; US extended deterrence policy and the Nuclear Nonproliferation Treaty regime are integral to US nonproliferation objectives; the US should underscore its intent to use nuclear weapons only for the protection of itself and its allies in extreme circumstances; and additional stockpile reductions are possible, but should be done bilaterally with Russia—as opposed to unilaterally—and, at some point, other nuclear powers.';
    expect(calls(text)).toEqual([
      'the US requires a nuclear stockpile that is safe, secure, reliable, and credible',
      'the US should underscore its intent to use nuclear weapons only for the protection of itself and its allies in extreme circumstances',
      'additional stockpile reductions are possible, but should be done bilaterally with Russia—as opposed to unilaterally—and, at some point, other nuclear powers.',
    ]);
  });

  it('makes nominal items under a lead-in and a sub-heading proposals, and not the lead-in (ru-carnegie-cbm-proposals-2012)', () => {
    const text =
      '  • Среди примеров конкретных практических шагов, которые США и Россия могли бы предпринять уже в краткосрочной перспективе, можно назвать:\n\nОбмен информацией\n\n  • Ежегодные заявления о планах США в области ПРО, адресованные России.\n  • Обмен данными о наступательных вооружениях.';
    const found = candidates(text, 'ru');
    expect(found.map((c) => [c.kind, c.statement])).toEqual([
      ['proposal', 'Ежегодные заявления о планах США в области ПРО, адресованные России.'],
      ['proposal', 'Обмен данными о наступательных вооружениях.'],
    ]);
  });

  it('makes one candidate per ";" line of a "call for:" list (tlg-nato-chicago-2012)', () => {
    const text =
      'In a jointly signed statement, 45 European leaders, including members of the Top Level Group, call for:\n\n  • the lessons of European capability gaps, exposed by the operation in Libya, to be learned;\n  • fresh attempts to engage Russia on a range of Euro-Atlantic security issues from ballistic missile defence to non-strategic nuclear weapons and conventional forces.';
    expect(calls(text)).toEqual([
      'the lessons of European capability gaps, exposed by the operation in Libya, to be learned',
      'fresh attempts to engage Russia on a range of Euro-Atlantic security issues from ballistic missile defence to non-strategic nuclear weapons and conventional forces.',
    ]);
  });

  it('splits an item into the assessment and the call it leads to (usip-strategic-posture-commission)', () => {
    const text =
      'Summary of Findings and Recommendations\n\n  • Nuclear terrorism against the United States and other nations is a very serious threat.  This requires a much more concerted international response, one which the United States must lead.';
    expect(calls(text)).toEqual(['This requires a much more concerted international response, one which the United States must lead.']);
  });

  it('cuts sentences run together without a space (ru-ria24-p5-statement-2022)', () => {
    const text =
      'Об этом сообщили в пресс-службе Кремля.В сообщении сказано, что эти страны считают своей первоочередной задачей недопущение войны между государствами, владеющими ядерным оружием, и снижение стратегических рисков.«Мы заявляем, что в ядерной войне не может быть победителей и она никогда не должна быть развязана», — сказано в документе.В заявлении подчеркивается, что дальнейшее распространение ядерных вооружений в мире необходимо предотвратить.';
    expect(calls(text, 'ru')).toEqual([
      '«Мы заявляем, что в ядерной войне не может быть победителей и она никогда не должна быть развязана», — сказано в документе.',
      'В заявлении подчеркивается, что дальнейшее распространение ядерных вооружений в мире необходимо предотвратить.',
    ]);
  });

  it('never glues a lead-in ending a line in a colon onto the next sentence (luxforum-declaration-2010)', () => {
    const text =
      'The members of the Supervisory Board consider the following subjects as the main issues of nuclear non-proliferation and disarmament in 2011 and the principal directions of the Luxembourg Forum next year activities:\nThe Luxembourg Forum should concentrate its efforts at promoting the New START ratification and implementation.';
    expect(calls(text)).toEqual(['The Luxembourg Forum should concentrate its efforts at promoting the New START ratification and implementation.']);
  });

  it('reads a first paragraph that makes a call as text, not as the title (ru-polit-nato-russia-experts)', () => {
    const text =
      'По мнению специалистов, сторонам необходимо негласно уведомлять друг друга о внезапных учениях и новом вооружении.\n\nНынешние отношения между государствами-членами НАТО и Россией крайне неспокойны.';
    expect(extractCandidates(text, { topics: library.topics, language: 'ru' }).map((c) => c.statement)).toContain(
      'По мнению специалистов, сторонам необходимо негласно уведомлять друг друга о внезапных учениях и новом вооружении.',
    );
  });

  it('takes a call in a relative clause, soft "would be important", "critically necessary" and commitments (ru-orf-nato-declaration, apln-hiroshima-2015, apln-singapore-2012, ru-ria24-brics-new-start-2020)', () => {
    expect(calls('По его словам, были выявлены значимые пробелы в боеготовности и сопоставимости сил НАТО, которые нужно оперативно восполнить.', 'ru')).toHaveLength(1);
    expect(calls('The APLN leaders argue that irrespective of whether any nuclear-armed state joins that Convention, it would be an important educational and advocacy tool for governments.')).toHaveLength(1);
    expect(calls('The leaders made clear their belief that while it is critically necessary to address underlying sources of regional tension, more is needed.')).toHaveLength(1);
    expect(calls('Лидеры стран БРИКС выразили сожаление в связи с нарушением механизмов стратегической стабильности и режимов контроля над вооружениями и взяли на себя обязательство их поддерживать.', 'ru')).toHaveLength(1);
  });

  it('never takes a cue in a gerund, an indirect question or a concession (apln-launch-2011, elbe-marrakesh-2014, ru-polit-russia-new-start)', () => {
    const english = [
      'The Network is modelled on a recently established European counterpart (the ELN), convened by former UK Defence Minister Des Browne, which has already been active and visible in calling for urgent changes to NATO nuclear policy.',
      'Recognizing that the crisis in Ukraine and Crimea has shuttered communication between the American and Russian governments, our group of senior American and Russian former military and intelligence officers met quietly in Morocco from 19 to 22 March to ask each other whether there remain any areas where the two nations should continue joint efforts.',
    ].join(' ');
    expect(calls(english)).toEqual([]);
    expect(calls('Несмотря на то, что правительство США неоднократно высказывалось о важности соглашения и даже пыталось расширить список стран-участников, продление до сих пор затягивается.', 'ru')).toEqual([]);
  });

  it('never takes a sentence that says what a document does (ru-riac-eln-report-2019)', () => {
    const text =
      'В совместном докладе Российского совета по международным делам (РСМД) и Европейского сообщества лидеров за многостороннее ядерное разоружение и нераспространение (ELN) рассматриваются вопросы преодоления конфронтации Россия — НАТО и переводу ее в менее опасное русло. В докладе предлагаются конкретные, реалистичные и политически приемлемые меры, разработанные экспертами.';
    expect(calls(text, 'ru')).toEqual([]);
  });

  it('never takes a headline broken over two lines above the text, but keeps a last line cut short (tlg-press-release-2012, apln-singapore-2012)', () => {
    const text =
      'Press Release\n\nSenior parliamentarians urge nuclear disarmament\nmust remain priority in 2012\n\nLondon, Friday 11 May 2012\n\nMore must be done and it must be done now. 2012 holds many opportunities for progress.\n\nThe leaders made clear their belief that while it is critically necessary to address underlying sources of regional t';
    expect(calls(text)).toEqual([
      'More must be done and it must be done now.',
      'The leaders made clear their belief that while it is critically necessary to address underlying sources of regional t',
    ]);
  });

  it('takes each item of a list set apart by blank lines under a "should" lead-in, but not the lead-in (wagingpeace-twelve-steps)', () => {
    const text =
      'The following steps should be taken by the nuclear weapons states to assure a full commitment to ending the nuclear weapons threat:\n\n1. Commence good faith negotiations to achieve a Nuclear Weapons Convention requiring the phased elimination of all nuclear weapons, with provisions for effective verification and enforcement.\n\n2. Publicly acknowledge the illegality of the threat or use of nuclear weapons under international law as stated by the International Court of Justice in its 1996 opinion.\n\n5. De-alert all nuclear weapons and de-couple all nuclear warheads from their delivery vehicles.';
    expect(calls(text)).toEqual([
      'Commence good faith negotiations to achieve a Nuclear Weapons Convention requiring the phased elimination of all nuclear weapons, with provisions for effective verification and enforcement.',
      'Publicly acknowledge the illegality of the threat or use of nuclear weapons under international law as stated by the International Court of Justice in its 1996 opinion.',
      'De-alert all nuclear weapons and de-couple all nuclear warheads from their delivery vehicles.',
    ]);
  });

  it('takes nominal items under a heading that names steps, as proposals when the sentence above proposes them; a one-word item cut off is none (ru-24tv-munich-12-steps)', () => {
    const text =
      'В связи с этим участники конференции предлагают 12 шагов, которые можно сделать сейчас для решения вопросов безопасности.\n12 шагов для достижения мира в Украине\n- Увеличение количества пунктов пропуска на Донбассе.\n- Разминирование на Донбассе.\n- Поэтапно';
    const found = candidates(text, 'ru').filter((c) => c.kind === 'proposal' || c.kind === 'recommendation');
    expect(found.map((c) => [c.kind, c.statement])).toEqual([
      ['proposal', 'Увеличение количества пунктов пропуска на Донбассе.'],
      ['proposal', 'Разминирование на Донбассе.'],
    ]);
  });

  it('judges each item on its own words under "Findings and Recommendations" (usip-strategic-posture-commission)', () => {
    const text =
      'Summary of Findings and Recommendations\n\n• The United States should pursue an approach to reduce nuclear dangers that balances U.S. deterrence with arms control and nonproliferation.\n• The Commission sees both U.S. extended deterrence guarantees to its allies and the global Nuclear Nonproliferation Treaty regime as integral to the achievement of U.S. nonproliferation objectives.';
    expect(calls(text)).toEqual(['The United States should pursue an approach to reduce nuclear dangers that balances U.S. deterrence with arms control and nonproliferation.']);
  });

  it('takes "recommendation is to", "считает необходимым", "требуют", "обязательной мерой" and an expectation (moscowtimes-elbe-2012, ru-tvzvezda-grushko-2021, businessupturn-china-us-track15-2024)', () => {
    expect(calls('Their recommendation is to shift competition away from the military sphere and to seek trust and strategic stability in our relations.')).toHaveLength(1);
    expect(calls('They stressed that while the U.S. is willing to engage in constructive dialogue, it expects China to adhere to international norms.')).toHaveLength(1);
    const russian =
      'Российская сторона считает необходимым возобновление канала взаимодействия между РФ и НАТО по военной линии. Он отметил, что многие вопросы, касающиеся действий и планов вооруженных сил, требуют включения соответствующих каналов. Грушко подчеркнул, что восстановление каналов общения в данной области является обязательной мерой в случае, если страны заинтересованы в деэскалации.';
    expect(calls(russian, 'ru')).toHaveLength(3);
  });

  it('never takes a disclaimer, a "should" of surprise, the adjective "необходимых", a "needs with" or a "Читайте также" line (isis-online-disprop-1998, moscowtimes-elbe-2012, ru-kremlin-cica-declaration-2019, asiaplustj-commission-russia-2009, ru-24tv-munich-12-steps)', () => {
    expect(calls('This document should in no way imply support for, or opposition to, the specific points already included in the Chairman’s working paper.')).toEqual([]);
    expect(calls('So it is surprising that a low-profile group of retired general officers from the United States and Russian military and intelligence services should be a voice of reason.')).toEqual([]);
    expect(calls('But the panel warned that "we are deeply concerned by the gap between the current U.S.-Russian relationship and the level of cooperation that the United States needs with Russia in order to advance vital American interests."')).toEqual([]);
    expect(calls('Собравшись в г. Душанбе, Республика Таджикистан, 15 июня 2019 года для рассмотрения существующих, новых и возникающих проблем, с целью выработки необходимых ответных мер и инициатив;', 'ru')).toEqual([]);
    expect(calls('Об этом говорится в документе на сайте Мюнхенской конференции.\nЧитайте также: Мюнхенская конференция: конфликт в Украине – постоянная угроза безопасности в евроатлантическом регионе', 'ru')).toEqual([]);
  });

  it('makes a nominal item and the explicit call after it two candidates under a list of calls (docsbay-13-steps)', () => {
    const text =
      '13-Steps Toward Nuclear Disarmament\n1. The necessity of establishing in the Conference on Disarmament an appropriate subsidiary body with a mandate to deal with nuclear disarmament. The Conference on Disarmamentis urged to agree on a programme of work, which includes the immediate establishmentof such a body.\n2. A moratorium on nuclear weapon-test-explosions or any other nuclear explosionspending entry into force of that Treaty.';
    expect(extractCandidates(text, { topics: library.topics, language: 'en' }).map((c) => c.statement)).toEqual([
      'The necessity of establishing in the Conference on Disarmament an appropriate subsidiary body with a mandate to deal with nuclear disarmament.',
      'The Conference on Disarmamentis urged to agree on a programme of work, which includes the immediate establishmentof such a body.',
      'A moratorium on nuclear weapon-test-explosions or any other nuclear explosionspending entry into force of that Treaty.',
    ]);
  });

  it('takes a reported call in the Russian gerund "призвав" and "Пришло время", not the noun "An Appeal for" in a headline (ru-prostozp-nato-contacts, ru-ria-aca-new-start-2025, apln-jeju-2017)', () => {
    expect(calls('Министры иностранных дел стран НАТО выступили с новой инициативой, призвав к созданию антикризисного механизма в отношениях между Россией и Западом.', 'ru')).toHaveLength(1);
    expect(calls('Пришло время написать в Белый дом, а также вашему представителю и сенаторам, чтобы поддержать американо-российское соглашение.', 'ru')).toHaveLength(1);
    expect(calls('An Appeal for a New Start to Addressing Nuclear Threats\n\nThe leaders met in Seoul.')).toEqual([]);
  });
});

