"""The seven Fundamental Principles of the Red Cross and Red Crescent Movement.

Official English and Russian wording (proclaimed in Vienna, 1965). The Turkmen wording follows the
names used by the Red Crescent Society of Turkmenistan; the texts are translations of the official
English and should be checked against the Society's printed version.
"""

from __future__ import annotations

from dataclasses import dataclass

from hdesk.core.schema import PRINCIPLES


@dataclass(frozen=True)
class Principle:
    code: str
    name: str
    text: str


_EN = {
    "humanity": (
        "Humanity",
        "The International Red Cross and Red Crescent Movement, born of a desire to bring assistance without "
        "discrimination to the wounded on the battlefield, endeavours, in its international and national "
        "capacity, to prevent and alleviate human suffering wherever it may be found. Its purpose is to protect "
        "life and health and to ensure respect for the human being. It promotes mutual understanding, "
        "friendship, cooperation and lasting peace amongst all peoples.",
    ),
    "impartiality": (
        "Impartiality",
        "It makes no discrimination as to nationality, race, religious beliefs, class or political opinions. "
        "It endeavours to relieve the suffering of individuals, being guided solely by their needs, and to "
        "give priority to the most urgent cases of distress.",
    ),
    "neutrality": (
        "Neutrality",
        "In order to continue to enjoy the confidence of all, the Movement may not take sides in hostilities "
        "or engage at any time in controversies of a political, racial, religious or ideological nature.",
    ),
    "independence": (
        "Independence",
        "The Movement is independent. The National Societies, while auxiliaries in the humanitarian services "
        "of their governments and subject to the laws of their respective countries, must always maintain "
        "their autonomy so that they may be able at all times to act in accordance with the principles of "
        "the Movement.",
    ),
    "voluntary_service": (
        "Voluntary service",
        "It is a voluntary relief movement not prompted in any manner by desire for gain.",
    ),
    "unity": (
        "Unity",
        "There can be only one Red Cross or one Red Crescent Society in any one country. It must be open to "
        "all. It must carry on its humanitarian work throughout its territory.",
    ),
    "universality": (
        "Universality",
        "The International Red Cross and Red Crescent Movement, in which all Societies have equal status and "
        "share equal responsibilities and duties in helping each other, is worldwide.",
    ),
}

_RU = {
    "humanity": (
        "Гуманность",
        "Международное движение Красного Креста и Красного Полумесяца, порожденное стремлением оказывать "
        "помощь всем раненым на поле боя без исключения или предпочтения, старается при любых "
        "обстоятельствах, как в международном, так и в национальном масштабе, предотвращать или облегчать "
        "страдания людей. Движение призвано защищать жизнь и здоровье людей и обеспечивать уважение к "
        "человеческой личности. Оно способствует достижению взаимопонимания, дружбы, сотрудничества и "
        "прочного мира между всеми народами.",
    ),
    "impartiality": (
        "Беспристрастность",
        "Движение не проводит никаких различий по признаку национальности, расы, вероисповедания, классовой "
        "или политической принадлежности. Оно стремится облегчить страдания людей, руководствуясь "
        "исключительно их потребностями, и уделять первоочередное внимание тем, кто больше всего в этом "
        "нуждается.",
    ),
    "neutrality": (
        "Нейтральность",
        "Чтобы сохранить всеобщее доверие, Движение не может принимать чью-либо сторону в вооруженных "
        "конфликтах и вступать в споры политического, расового, религиозного или идеологического характера.",
    ),
    "independence": (
        "Независимость",
        "Движение независимо. Национальные общества, оказывая своим правительствам помощь в их гуманитарной "
        "деятельности и подчиняясь законам своих стран, должны, тем не менее, всегда сохранять автономию, "
        "чтобы иметь возможность действовать в соответствии с принципами Движения.",
    ),
    "voluntary_service": (
        "Добровольность",
        "В своей добровольной деятельности по оказанию помощи Движение ни в коей мере не руководствуется "
        "стремлением к получению выгоды.",
    ),
    "unity": (
        "Единство",
        "В стране может быть только одно национальное общество Красного Креста или Красного Полумесяца. Оно "
        "должно быть открыто для всех и осуществлять свою гуманитарную деятельность на всей территории "
        "страны.",
    ),
    "universality": (
        "Универсальность",
        "Движение является всемирным. Все национальные общества пользуются в нем равными правами и несут "
        "равную ответственность и равные обязанности по оказанию взаимной помощи.",
    ),
}

_TK = {
    "humanity": (
        "Ynsanperwerlik",
        "Söweş meýdanynda ýaralananlara hiç hili tapawut goýmazdan kömek bermek isleginden dörän Halkara "
        "Gyzyl Haç we Gyzyl Ýarymaý hereketi halkara we milli derejede adamlaryň görgülerini nirede bolsa-da "
        "öňüni almaga we ýeňilleşdirmäge çalyşýar. Onuň maksady adamyň durmuşyny we saglygyny goramak hem-de "
        "adama hormat goýulmagyny üpjün etmekdir. Ol ähli halklaryň arasynda özara düşünişmäge, dostluga, "
        "hyzmatdaşlyga we dowamly parahatçylyga ýardam edýär.",
    ),
    "impartiality": (
        "Tarapgöýsüzlik",
        "Hereket milleti, rasasy, dini ynançlary, jemgyýetçilik ýagdaýy ýa-da syýasy garaýyşlary boýunça hiç "
        "hili tapawut goýmaýar. Ol diňe adamlaryň zerurlyklaryna esaslanyp, olaryň görgülerini "
        "ýeňilleşdirmäge we iň gyssagly ýagdaýlara ilkinji nobatda kömek bermäge çalyşýar.",
    ),
    "neutrality": (
        "Bitaraplyk",
        "Hemmeleriň ynamyny saklamak üçin Hereket harby çaknyşyklarda hiç bir tarapy tutmaýar we hiç haçan "
        "syýasy, rasa, dini ýa-da ideologiki häsiýetli jedellere goşulmaýar.",
    ),
    "independence": (
        "Garaşsyzlyk",
        "Hereket garaşsyzdyr. Milli jemgyýetler öz hökümetleriniň ynsanperwer hyzmatlarynda kömekçi bolup we "
        "öz ýurtlarynyň kanunlaryna boýun egip, hemişe Hereketiň ýörelgelerine laýyklykda hereket edip biler "
        "ýaly öz özbaşdaklygyny saklamalydyrlar.",
    ),
    "voluntary_service": (
        "Meýletinlik",
        "Hereket hiç hili peýda almak islegine esaslanmaýan meýletin kömek hereketidir.",
    ),
    "unity": (
        "Agzybirlik",
        "Her bir ýurtda diňe bir Gyzyl Haç ýa-da bir Gyzyl Ýarymaý jemgyýeti bolup biler. Ol hemmeler üçin "
        "açyk bolmalydyr we öz ynsanperwer işini ýurduň ähli çäginde alyp barmalydyr.",
    ),
    "universality": (
        "Ählumumylyk",
        "Ähli jemgyýetleriň deň hukuklara eýe bolan we biri-birine kömek bermekde deň jogapkärçiligi we "
        "borçlary paýlaşýan Halkara Gyzyl Haç we Gyzyl Ýarymaý hereketi bütindünýä hereketidir.",
    ),
}

_TEXTS = {"en": _EN, "ru": _RU, "tk": _TK}
LANGUAGES = tuple(_TEXTS)


def principle(code: str, lang: str = "en") -> Principle:
    """The principle `code` in `lang` (English for an unknown language); KeyError for an unknown code."""
    name, text = _TEXTS.get(lang, _EN)[code]
    return Principle(code, name, text)


def all_principles(lang: str = "en") -> list[Principle]:
    """The seven principles in their official order."""
    return [principle(code, lang) for code in PRINCIPLES]


def name(code: str, lang: str = "en") -> str:
    """The principle's name, or the code itself when unknown (never fails while printing)."""
    try:
        return principle(code, lang).name
    except KeyError:
        return code
