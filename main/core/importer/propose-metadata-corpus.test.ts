// Metadata proposed from the front of real pages of the development corpus (eval/corpus/, the
// file named in each test).
import { describe, expect, it } from 'vitest';
import { proposeDialogue, proposeMetadata } from './propose-metadata';

const propose = (text: string) => proposeMetadata(text, [], {});
const BODY =
  'Russia’s invasion of Ukraine will have devastating consequences for the security of all of us in Europe and beyond. It is a totally unjustified attack, in gross violation of Article 2 of the UN Charter.';

describe('metadata from real pages', () => {
  it('takes the title the page repeats in capitals, not the capitals with the date (eln-invasion-statement-2022)', () => {
    const text = `Skip to content\nGroup statement | 24 February 2022\n\nStatement by the Chair and Executive Director of the European Leadership Network on Russia’s invasion of Ukraine\n\nSTATEMENT BY THE CHAIR AND EXECUTIVE DIRECTOR OF THE EUROPEAN LEADERSHIP NETWORK ON RUSSIA’S INVASION OF UKRAINE, 24 FEBRUARY 2022\n\n${BODY}`;
    expect(propose(text)).toMatchObject({
      title: 'Statement by the Chair and Executive Director of the European Leadership Network on Russia’s invasion of Ukraine',
      date: '2022-02-24',
    });
  });

  it('takes a headline broken over two lines as the title (tlg-press-release-2012)', () => {
    const text = `Press Release\n\nSenior parliamentarians urge nuclear disarmament\nmust remain priority in 2012\n\nLondon, Friday 11 May 2012\n\n${BODY}`;
    expect(propose(text)).toMatchObject({ title: 'Senior parliamentarians urge nuclear disarmament must remain priority in 2012', date: '2012-05-11' });
  });

  it('skips a tag line above the headline (ru-ria24-brics-new-start-2020)', () => {
    const text = `Стивен Биган Россия Китай США Бразилия Индия Юар вооружение общество политика Стивен Биган Россия Китай США Бразилия Индия Юар\n\nСтраны БРИКС призвали США и РФ продлить СНВ-3\n\nСтраны БРИКС (Бразилия, Россия, Индия, КНР, ЮАР) призвали США и Россию в срочном порядке договориться о продлении договора СНВ-3, говорится в декларации, опубликованной на сайте Кремля.`;
    expect(propose(text).title).toBe('Страны БРИКС призвали США и РФ продлить СНВ-3');
  });

  it('never takes a site’s today above the title, nor a date deep in the text, as the date (nyorganizer-p5-experts-2024, luxforum-declaration-2010)', () => {
    const header = `60.5 F\nNew York\nSunday, May 19, 2024\n\nNuclear Weapon States Working-Level Experts Meeting on Strategic Risk Reduction\n\nThe United States is currently the chair of the dialogue among the five Nuclear Weapon States in an ongoing exchange in the context of the Nuclear Non-Proliferation Treaty.`;
    expect(propose(header)).toMatchObject({ title: 'Nuclear Weapon States Working-Level Experts Meeting on Strategic Risk Reduction', date: undefined });
    const cited = `Declaration of the Supervisory Board of the International Luxembourg Forum.\n\nThe members of the Supervisory Board of the International Luxembourg Forum accept and approve the report of the President of the International Luxembourg Forum.\n\nThe Vienna Workshop and the Washington Conference final documents have contributed to the intellectual background of the official negotiations and agreements among states.\n\nThe Supervisory Board expresses its unanimous and strong support to the article of four Russian “wise men” “From Nuclear Deterrence to Common Security” published in the Russian Izvestiya newspaper on October 15, 2010.`;
    expect(propose(cited)).toMatchObject({ title: 'Declaration of the Supervisory Board of the International Luxembourg Forum', date: undefined });
  });

  it('takes the date of a dateline opening the text (apln-hiroshima-2015)', () => {
    const text = `APLN Media Release: Asia Pacific Leaders Call for Immediate Action on Nuclear Disarmament\nBulletin\n\nHIROSHIMA, 9 AUGUST 2015. Meeting in Hiroshima on the 70th anniversary of the indescribable horror of the world’s first use of nuclear weapons, over thirty leaders have issued a joint statement urging policymakers to urgently re-energize the nuclear disarmament agenda.`;
    expect(propose(text).date).toBe('2015-08-09');
  });

  it('takes a list of authors each followed by a position (ru-riac-eln-report-2019)', () => {
    const text = `Распечатать Read in English\nОценить статью\n(Голосов: 13, Рейтинг: 4.31)\nПоделиться статьей\nЛукаш Кулеса\n\nДиректор исследовательских программ Сети европейских лидеров (ELN)\n\nАндрей Кортунов\n\nК.и.н., генеральный директор и член Президиума РСМД, член РСМД\n\nВ совместном докладе Российского совета по международным делам (РСМД) и Европейского сообщества лидеров за многостороннее ядерное разоружение и нераспространение (ELN) рассматриваются вопросы преодоления конфронтации Россия — НАТО.`;
    expect(propose(text).authors).toEqual(['Лукаш Кулеса', 'Андрей Кортунов']);
  });

  it('names the dialogue without the ordinal before it (businessupturn-china-us-track15-2024)', () => {
    const text =
      'The Second China-U.S. Track 1.5 Dialogue, held in Beijing, underscored the need for both nations to improve communication. The Second China-U.S. Track 1.5 Dialogue, convened in Beijing on Thursday, concluded with a mutual agreement.';
    expect(proposeDialogue(text)).toBe('China-U.S. Track 1.5 Dialogue');
  });

  it('takes the publisher from an organisation that describes itself, and the title above the date over a section line below it (isis-online-disprop-1998, eln-network-crisis-2022)', () => {
    const isis = `ISIS’s nuclear disarmament proposals\n\nApril 21, 1998\n\nNuclear Disarmament Section of Chairman’s Working Paper\n\n\nThe Institute for Science and International Security (ISIS), a Washington D.C.-based, non-profit research organization, has analyzed the Chairman’s Working Paper from the 1997 NPT Preparatory Committee meeting (Prepcom). The Working Paper was divided into two principal sections.`;
    expect(propose(isis)).toMatchObject({ title: 'ISIS’s nuclear disarmament proposals', date: '1998-04-21', publisher: 'Institute for Science and International Security' });
    const eln = `Skip to content\nCommentary | 8 February 2022\n\nThe European Leadership Network and the Russia-Ukraine-West crisis\n\nThe European Leadership Network exists to prevent existential conflict in the Euro-Atlantic region and beyond. So since its foundation 10 years ago, the leaders in our network have worked steadily together.`;
    expect(propose(eln).publisher).toBe('European Leadership Network');
    expect(propose(`Press Release\n\n${BODY}`).publisher).toBeUndefined();
    // An organisation a sentence only mentions did not publish the page.
    const echo = `Retired Generals Call for a Baltic Incidents Hotline\n\nEchoing the European Leadership Network, the group said that the Allies should let their soldiers talk.`;
    expect(propose(echo).publisher).toBeUndefined();
  });

  it('never takes a line that is only a date as the title, and keeps an abbreviation’s point (ru-gorby-nobel-declaration-2010)', () => {
    const text = `15 ноября 2010\nДекларация о запрещении ядерного оружия, принятая Лауреатами Нобелевской премии мира в Хиросиме 14 ноября 2010 г.\nДвадцать пять лет назад в Женеве руководители двух крупнейших ядерных держав заявили, что «ядерная война никогда не должна быть развязана». Мы, лауреаты Нобелевской премии мира, призываем все государства начать переговоры.`;
    expect(propose(text).title).toBe('Декларация о запрещении ядерного оружия, принятая Лауреатами Нобелевской премии мира в Хиросиме 14 ноября 2010 г.');
  });
});
