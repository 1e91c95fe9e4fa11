/**
 * The methodology page, written separately in each language (not machine
 * translated). Numbers that come from code are placeholders filled at render.
 */
import type { Lang } from './langs.ts';

export interface Section {
  id: string;
  heading: string;
  paragraphs: string[];
}

export const METHODOLOGY: Record<Lang, { title: string; intro: string; sections: Section[] }> = {
  en: {
    title: 'Methodology',
    intro: 'How this site turns news reports into a log of incidents, what the log can and cannot tell you, and how it differs from official figures.',
    sections: [
      {
        id: 'what-we-count',
        heading: 'What we count',
        paragraphs: [
          'An incident enters our log only when public reports describe it, and every incident links to at least one of them: outlet, headline, date and address. We never add an incident that no source describes. Records are kept in monthly log files, one per month, and articles refer to them by identifier.',
          'We use the definition of a shooting that the Brussels prosecutor’s office is reported to apply to its own counts: shots fired in public space or in a place open to the public, and/or a person hurt or killed by a firearm. The public reports we could search quote the prosecutor’s counts but not the text of this definition, so we cannot link to it; each official figure on this site says in its own words what it counts.',
          'Our search is systematic from 1 January 2024: month by month, commune by commune, by street, metro station and police zone, in French, Dutch, English and other languages in which Brussels news is republished. Earlier records are events that later reporting led us to, not a sample of their years, and the monthly chart starts in 2024.',
          'A “shooting” in our figures is gunfire by offenders, whether or not anyone was hit. Police use of firearms is logged as a separate type and is never counted as a shooting. Stabbings, explosions, terror attacks and police operations are logged when our sources report them in the same context, but they are not counted in the shooting figures.',
          'Drafts and articles scheduled for a later date contribute nothing: not to pages, charts, feeds, search or downloads.',
        ],
      },
      {
        id: 'official-figures',
        heading: 'Our log and the official figures',
        paragraphs: [
          'Authorities sometimes state a count, for example the Brussels prosecutor’s office giving the number of shootings since the start of a year. We record such a figure as it was stated: the number, what it says it counts, the period, the authority and the source that quoted it.',
          'Our log is not an official count and is lower: it holds only what public reports describe, and shootings in which nobody is hurt often get one short line in the news or none. For 2024 and 2025 it documents somewhat less than half of the prosecutor’s counts; the home page shows each official count beside our log for the same period, with the share it covers. A count whose period has neither an end nor a date it was stated is listed, but not compared.',
          'Where an official figure exists for a period, our charts show it beside our own count and state the difference. The sources we hold do not publish the authorities’ exact definitions (which events count, which territory), so we never add official figures to our log or to each other.',
        ],
      },
      {
        id: 'merging',
        heading: 'How incidents are merged',
        paragraphs: [
          'Several articles often report the same incident. They then give it the same identifier, and the site merges them into one record whose sources are the union of all their sources. If two articles disagree on a fact (the date, the commune, the number of victims), the site does not publish until an editor resolves it; where the sources themselves disagree, the record keeps both readings in its notes and the pages say so.',
          'Two records with the same date, commune and place under different identifiers are flagged to the editors as a possible duplicate.',
        ],
      },
      {
        id: 'precision',
        heading: 'What the precision fields mean',
        paragraphs: [
          'Dates are as precise as the sources allow: a day, a month or a year, or no date at all when the sources give none. An approximate date is marked as such and is not placed in a monthly chart.',
          'Locations carry a precision: exact, street, station, neighbourhood, commune, region or unknown. Coordinates are recorded only when a source gives them; we never place a point by guesswork. When a report names a metro or premetro station, the incident is drawn at the station, from STIB’s station table, as a ring that marks the station and not the spot. Each record and the open data say where its point comes from (point_source).',
          'An incident is placed in one of the 145 quarters of the Monitoring des Quartiers only when a report names the neighbourhood and a quarter bears that name, or the place lies in a single quarter (a Statbel statistical sector of that name, lying in one quarter); the record then says how, in quarter_note. An incident at a named station is placed in the station’s quarter. Reports that name an area spread over several quarters (Cureghem, Laeken, the North quarter around rue de Brabant, Porte de Hal, used for both sides of the small ring) leave the quarter empty.',
          'Victim counts are an exact number, a minimum (“a deadly shooting” means at least one death) or “not stated”. A total that includes a minimum or an unstated count is shown as “at least”.',
        ],
      },
      {
        id: 'map',
        heading: 'Map and rates',
        paragraphs: [
          'The map of communes shades the 19 communes by the number of incidents in our log, per 100,000 residents, or per km². Rates use Statbel’s residents on 1 January 2024, summed over each commune’s statistical sectors (3,461 residents of the region have no known sector and are in no commune’s figure), and each commune’s area computed from its UrbIS boundary.',
          'The map of quarters shades the 145 quarters of the regional Monitoring des Quartiers by the incidents placed in them, and per 10,000 residents for residential quarters (parks, cemeteries, industry and rail have too few residents for a rate). Most incidents in our log are known only to their commune: they are counted on the map of communes and not on the map of quarters, which says how many they are.',
          'A commune with fewer than {minCount} incidents is not shaded by rate: with so few events a rate mostly reflects chance and the size of the commune. It is hatched and labelled “too few for a rate”.',
          'Quarters and communes come from UrbIS and share their borders: 50 quarters cross a commune border and are cut along it. The borders are simplified to within 6 m for the files we ship, and to half a pixel on each map; scripts/derive-geo.ts builds them and checks that the quarters tile the region, that each quarter’s population is the sum of its statistical sectors and that every station lies in exactly one quarter.',
          'Each hotspot district our sources name is drawn as the quarter it covers: the quarter where the station it is named after lies (Clemenceau, the North Station area), or the quarter that bears its name (Peterbos, Matonge). Parc Bonnevie matches no quarter or station name, so it is not drawn. The map carries no numbered markers, which readers could take for counts.',
          'The quarters’ Dutch names are shown as the regional wijkmonitoring spells them. UrbIS stores the French names without accents; we restore them only from committed spellings (the Dutch names when they are the same, STIB’s station names, the official commune names, and a short list of French words with a single spelling, such as chaussée or hôpital), and keep the other words as UrbIS has them.',
        ],
      },
      {
        id: 'gaps',
        heading: 'Known gaps',
        paragraphs: [
          'The log is only as complete as our reporting: a commune with no incident in our log is not a commune without incidents.',
          'Some reports give no date or no place. Those incidents stay in the log and in the downloads with the missing values empty, and every chart says how many it could not place.',
          'No source we hold gives coordinates: incidents are drawn as points only at the metro stations the reports name. No open street gazetteer of Brussels exists that we could ship, so a street does not place an incident in a quarter.',
        ],
      },
      {
        id: 'corrections',
        heading: 'Corrections',
        paragraphs: [
          'When we correct an article, the correction is dated and described on the article and in the corrections log. Corrected figures flow into every page, chart and download at the next build.',
        ],
      },
      {
        id: 'licences',
        heading: 'Sources and licences',
        paragraphs: [
          'Our data is published under the Creative Commons Attribution 4.0 licence. News reports remain the property of their publishers; we cite them and do not reproduce their text.',
          'Quarters and communes: « Réalisé avec Brussels UrbIS®© - Distribution & Copyright CIRB » (paradigm.brussels, UrbIS open-data licence); the quarters are the Monitoring des Quartiers of IBSA (perspective.brussels). Populations: Statbel, statistical sectors on 1 January 2024 (CC BY 4.0). Metro and premetro stations: « Source: STIB-MIVB - Open Data » (GTFS stops 2025/26, names of December 2024). Provenance and checks of every file: data/geo/SOURCES.md in the source code.',
        ],
      },
    ],
  },
  fr: {
    title: 'Méthodologie',
    intro: 'Comment ce site transforme des articles de presse en un relevé d’incidents, ce que ce relevé peut et ne peut pas dire, et en quoi il diffère des chiffres officiels.',
    sections: [
      {
        id: 'what-we-count',
        heading: 'Ce que nous comptons',
        paragraphs: [
          'Un incident n’entre dans notre relevé que si des articles de presse publics le décrivent, et chaque incident renvoie à au moins l’un d’eux\u202f: média, titre, date et adresse. Les fiches sont tenues dans des relevés mensuels, un par mois, auxquels nos articles renvoient par identifiant.',
          'Nous reprenons la définition d’une fusillade que le parquet de Bruxelles appliquerait à ses propres décomptes, selon la presse\u202f: des tirs dans l’espace public ou dans un lieu accessible au public, et/ou une personne blessée ou tuée par une arme à feu. Les articles publics que nous avons pu consulter citent les chiffres du parquet, mais pas le texte de cette définition\u202f; nous ne pouvons donc pas y renvoyer, et chaque chiffre officiel de ce site dit lui-même ce qu’il compte.',
          'Notre recherche est systématique depuis le 1er janvier 2024\u202f: mois par mois, commune par commune, par rue, station de métro et zone de police, en français, en néerlandais, en anglais et dans d’autres langues où l’actualité bruxelloise est reprise. Les fiches antérieures sont des faits auxquels des articles plus récents nous ont menés, pas un échantillon de leur année, et le graphique mensuel commence en 2024.',
          'Pour les chiffres officiels, notre relevé est plus bas\u202f: il ne contient que ce que la presse décrit, et une fusillade sans blessé fait souvent l’objet d’une brève, voire de rien. Pour 2024 et 2025, il documente un peu moins de la moitié des décomptes du parquet\u202f; la page d’accueil montre chaque décompte officiel à côté de notre relevé pour la même période, avec la part couverte.',
          'Une « fusillade » désigne ici des tirs d’auteurs, qu’il y ait eu des blessés ou non. L’usage d’armes à feu par la police est enregistré à part et n’est jamais compté comme fusillade. Les agressions au couteau, explosions, attentats et opérations de police sont enregistrés quand nos sources les rapportent dans le même contexte, mais ne sont pas comptés parmi les fusillades.',
          'Les brouillons et les articles programmés pour une date ultérieure ne comptent pour rien : ni dans les pages, ni dans les graphiques, les flux, la recherche ou les téléchargements.',
        ],
      },
      {
        id: 'official-figures',
        heading: 'Notre relevé et les chiffres officiels',
        paragraphs: [
          'Les autorités communiquent parfois un décompte, par exemple le parquet de Bruxelles donnant le nombre de fusillades depuis le début de l’année. Nous enregistrons ce chiffre tel qu’il a été donné : le nombre, ce qu’il dit compter, la période, l’autorité et la source qui l’a cité.',
          'Notre relevé n’est pas un décompte officiel et il est en général inférieur : il ne contient que ce que rapportent nos articles. Quand un chiffre officiel existe pour une période, nos graphiques le montrent à côté de notre propre décompte et indiquent l’écart. Nos sources ne publient pas les définitions exactes des autorités (quels faits comptent, sur quel territoire) : nous n’additionnons donc jamais les chiffres officiels à notre relevé, ni entre eux.',
        ],
      },
      {
        id: 'merging',
        heading: 'Comment les incidents sont fusionnés',
        paragraphs: [
          'Plusieurs articles rapportent souvent le même incident. Ils lui donnent alors le même identifiant, et la publication les fusionne en un seul enregistrement dont les sources réunissent toutes les leurs. Si deux articles divergent sur un fait (la date, la commune, le nombre de victimes), le site n’est pas publié tant qu’un éditeur n’a pas tranché ; quand ce sont les sources elles-mêmes qui divergent, l’enregistrement garde les deux versions dans ses remarques et les pages le signalent.',
          'Deux enregistrements portant la même date, la même commune et le même lieu sous des identifiants différents sont signalés aux éditeurs comme doublon possible.',
        ],
      },
      {
        id: 'precision',
        heading: 'Ce que signifient les champs de précision',
        paragraphs: [
          'Les dates sont aussi précises que les sources le permettent : un jour, un mois ou une année, ou aucune date quand les sources n’en donnent pas. Une date approximative est signalée comme telle et n’est pas placée dans un graphique mensuel.',
          'Les lieux portent une précision : exact, rue, station, quartier, commune, région ou inconnu. Des coordonnées ne sont enregistrées que lorsqu’une source les donne ; nous ne plaçons jamais un point au jugé. Quand un article nomme une station de métro ou de prémétro, l’incident est placé à la station, d’après la table des stations de la STIB, sous la forme d’un cercle qui marque la station et non l’endroit exact. Chaque fiche et les données ouvertes disent d’où vient son point (point_source).',
          'Un incident n’est situé dans l’un des 145 quartiers du Monitoring des Quartiers que si un article nomme le quartier et qu’un quartier porte ce nom, ou que le lieu se trouve dans un seul quartier (un secteur statistique de Statbel de ce nom, compris dans un seul quartier) ; la fiche dit alors comment, dans quarter_note. Un incident à une station nommée est situé dans le quartier de la station. Les articles qui nomment un secteur étendu sur plusieurs quartiers (Cureghem, Laeken, le quartier Nord autour de la rue de Brabant, la porte de Hal, dite des deux côtés de la petite ceinture) laissent le quartier vide.',
          'Le nombre de victimes est un nombre exact, un minimum (« une fusillade mortelle » signifie au moins un mort) ou « non précisé ». Un total qui inclut un minimum ou un nombre non précisé est présenté comme « au moins ».',
        ],
      },
      {
        id: 'map',
        heading: 'Carte et taux',
        paragraphs: [
          'La carte des communes colore les 19 communes selon le nombre d’incidents de notre relevé, pour 100 000 habitants, ou par km². Les taux utilisent les habitants au 1er janvier 2024 selon Statbel, additionnés sur les secteurs statistiques de chaque commune (3 461 habitants de la Région n’ont pas de secteur connu et ne comptent dans aucune commune), et la superficie de chaque commune calculée d’après sa limite UrbIS.',
          'La carte des quartiers colore les 145 quartiers du Monitoring des Quartiers régional selon les incidents qui y sont situés, et pour 10 000 habitants pour les quartiers résidentiels (parcs, cimetières, industrie et rail comptent trop peu d’habitants pour un taux). La plupart des incidents de notre relevé ne sont connus qu’à la commune : ils comptent sur la carte des communes et non sur celle des quartiers, qui dit combien ils sont.',
          'Une commune comptant moins de {minCount} incidents n’est pas colorée selon un taux : avec si peu de faits, un taux reflète surtout le hasard et la taille de la commune. Elle est hachurée et porte la mention « trop peu pour un taux ».',
          'Quartiers et communes proviennent d’UrbIS et partagent leurs limites : 50 quartiers chevauchent une limite communale et sont découpés le long de celle-ci. Les limites sont simplifiées à 6 m près dans les fichiers que nous publions, et au demi-pixel sur chaque carte ; scripts/derive-geo.ts les construit et vérifie que les quartiers pavent la Région, que la population de chaque quartier est la somme de ses secteurs statistiques et que chaque station se trouve dans un seul quartier.',
          'Chaque quartier sensible cité par nos sources est tracé comme le quartier qu’il recouvre : celui où se trouve la station dont il porte le nom (Clemenceau, la gare du Nord), ou celui qui porte son nom (Peterbos, Matonge). Le parc Bonnevie ne correspond à aucun nom de quartier ni de station : il n’est pas tracé. La carte ne porte aucun repère numéroté, qu’on pourrait prendre pour un décompte.',
          'Les noms néerlandais des quartiers sont ceux du wijkmonitoring régional. UrbIS enregistre les noms français sans accents ; nous ne les restituons qu’à partir d’orthographes enregistrées dans le projet (les noms néerlandais quand ils sont identiques, les noms des stations de la STIB, les noms officiels des communes et une courte liste de mots français à orthographe unique, comme chaussée ou hôpital), et laissons les autres mots tels qu’UrbIS les écrit.',
        ],
      },
      {
        id: 'gaps',
        heading: 'Lacunes connues',
        paragraphs: [
          'Le relevé n’est complet qu’à la mesure de notre couverture : une commune sans incident dans notre relevé n’est pas une commune sans incident.',
          'Certains articles ne donnent ni date ni lieu. Ces incidents restent dans le relevé et dans les téléchargements, les valeurs manquantes étant laissées vides, et chaque graphique indique combien il n’a pas pu en placer.',
          'Aucune de nos sources ne donne de coordonnées : les incidents ne sont placés comme des points qu’aux stations de métro que citent les articles. Il n’existe pas de répertoire ouvert des rues de Bruxelles que nous pourrions publier : une rue ne suffit donc pas à situer un incident dans un quartier.',
        ],
      },
      {
        id: 'corrections',
        heading: 'Corrections',
        paragraphs: [
          'Quand nous corrigeons un article, la correction est datée et décrite sur l’article et dans le journal des corrections. Les chiffres corrigés se répercutent sur chaque page, graphique et téléchargement à la publication suivante.',
        ],
      },
      {
        id: 'licences',
        heading: 'Sources et licences',
        paragraphs: [
          'Nos données sont publiées sous licence Creative Commons Attribution 4.0. Les articles de presse restent la propriété de leurs éditeurs ; nous les citons sans en reproduire le texte.',
          'Quartiers et communes : « Réalisé avec Brussels UrbIS®© - Distribution & Copyright CIRB » (paradigm.brussels, licence open data UrbIS) ; les quartiers sont ceux du Monitoring des Quartiers de l’IBSA (perspective.brussels). Populations : Statbel, secteurs statistiques au 1er janvier 2024 (CC BY 4.0). Stations de métro et de prémétro : « Source : STIB-MIVB - Open Data » (arrêts GTFS 2025/26, noms de décembre 2024). Provenance et contrôles de chaque fichier : data/geo/SOURCES.md dans le code source.',
        ],
      },
    ],
  },
  nl: {
    title: 'Methode',
    intro: 'Hoe deze site persberichten omzet in een overzicht van incidenten, wat dat overzicht wel en niet kan vertellen, en hoe het verschilt van officiële cijfers.',
    sections: [
      {
        id: 'what-we-count',
        heading: 'Wat we tellen',
        paragraphs: [
          'Een incident komt alleen in ons register als publieke nieuwsberichten het beschrijven, en elk incident verwijst naar minstens één ervan: medium, titel, datum en adres. De records staan in maandregisters, één per maand, waarnaar onze artikels met een identificatie verwijzen.',
          'We volgen de definitie van een schietpartij die het Brusselse parket volgens de pers voor zijn eigen tellingen hanteert: schoten in de openbare ruimte of op een voor het publiek toegankelijke plaats, en/of een persoon die door een vuurwapen gewond of gedood wordt. De publieke berichten die we konden doorzoeken citeren de cijfers van het parket, maar niet de tekst van die definitie; we kunnen er dus niet naar verwijzen, en elk officieel cijfer op deze site zegt zelf wat het telt.',
          'Onze zoektocht is systematisch vanaf 1 januari 2024: maand per maand, gemeente per gemeente, per straat, metrostation en politiezone, in het Frans, het Nederlands, het Engels en andere talen waarin Brussels nieuws wordt overgenomen. Oudere records zijn feiten waar latere berichten ons naartoe leidden, geen steekproef van hun jaar, en de maandgrafiek begint in 2024.',
          'Ons register ligt lager dan de officiële cijfers: het bevat alleen wat de pers beschrijft, en een schietpartij zonder gewonden krijgt vaak maar één korte regel of geen. Voor 2024 en 2025 documenteert het iets minder dan de helft van de tellingen van het parket; de homepagina toont elke officiële telling naast ons register voor dezelfde periode, met het gedekte aandeel.',
          'Een „schietincident” is hier schieten door daders, of er nu iemand geraakt werd of niet. Wapengebruik door de politie wordt apart geregistreerd en nooit als schietincident geteld. Steekpartijen, explosies, aanslagen en politieacties worden geregistreerd als onze bronnen ze in dezelfde context melden, maar tellen niet mee in de cijfers over schietincidenten.',
          'Ontwerpen en artikels die voor een latere datum gepland staan, tellen nergens mee: niet op de pagina’s, in de grafieken, de feeds, de zoekfunctie of de downloads.',
        ],
      },
      {
        id: 'official-figures',
        heading: 'Ons register en de officiële cijfers',
        paragraphs: [
          'De overheid geeft soms een telling, bijvoorbeeld het Brusselse parket dat het aantal schietincidenten sinds het begin van het jaar meedeelt. We registreren zo’n cijfer zoals het gegeven werd: het getal, wat het zegt te tellen, de periode, de overheid en de bron die het aanhaalde.',
          'Ons register is geen officiële telling en ligt meestal lager: het bevat alleen wat onze artikels melden. Als er voor een periode een officieel cijfer bestaat, tonen onze grafieken het naast onze eigen telling en vermelden ze het verschil. Onze bronnen publiceren de precieze definities van de overheid niet (welke feiten meetellen, voor welk grondgebied), dus tellen we officiële cijfers nooit op bij ons register of bij elkaar.',
        ],
      },
      {
        id: 'merging',
        heading: 'Hoe incidenten worden samengevoegd',
        paragraphs: [
          'Vaak melden meerdere artikels hetzelfde incident. Ze geven het dan dezelfde identificatie, en bij het publiceren worden ze samengevoegd tot één record met de bronnen van allemaal samen. Spreken twee artikels elkaar tegen over een feit (de datum, de gemeente, het aantal slachtoffers), dan wordt de site niet gepubliceerd tot een redacteur de zaak beslecht; spreken de bronnen zelf elkaar tegen, dan houdt het record beide lezingen bij in de opmerkingen en zeggen de pagina’s dat.',
          'Twee records met dezelfde datum, gemeente en plaats maar een verschillende identificatie worden aan de redactie gesignaleerd als mogelijk dubbel.',
        ],
      },
      {
        id: 'precision',
        heading: 'Wat de precisievelden betekenen',
        paragraphs: [
          'Datums zijn zo precies als de bronnen toelaten: een dag, een maand of een jaar, of helemaal geen datum als de bronnen er geen geven. Een datum bij benadering wordt zo aangeduid en komt niet in een maandgrafiek.',
          'Locaties hebben een precisie: exact, straat, station, wijk, gemeente, gewest of onbekend. Coördinaten worden alleen geregistreerd als een bron ze geeft; we plaatsen nooit een punt op de gok. Als een bericht een metro- of premetrostation noemt, staat het incident bij het station, volgens de stationstabel van de MIVB, als een ring die het station aanduidt en niet de plek zelf. Elk record en de open data zeggen waar het punt vandaan komt (point_source).',
          'Een incident wordt alleen in een van de 145 wijken van de Wijkmonitoring gesitueerd als een bericht de buurt noemt en een wijk die naam draagt, of als de plek in één enkele wijk ligt (een statistische sector van Statbel met die naam, die in één wijk ligt); het record zegt dan hoe, in quarter_note. Een incident bij een genoemd station komt in de wijk van het station. Berichten die een gebied over meerdere wijken noemen (Kuregem, Laken, de Noordwijk rond de Brabantstraat, de Hallepoort, gebruikt voor beide kanten van de kleine ring) laten de wijk leeg.',
          'Het aantal slachtoffers is een exact getal, een minimum („een dodelijke schietpartij” betekent minstens één dode) of „niet vermeld”. Een totaal met een minimum of een niet-vermeld aantal wordt getoond als „minstens”.',
        ],
      },
      {
        id: 'map',
        heading: 'Kaart en cijfers per inwoner',
        paragraphs: [
          'De kaart van de gemeenten kleurt de 19 gemeenten volgens het aantal incidenten in ons register, per 100.000 inwoners of per km². De cijfers per inwoner gebruiken de inwoners op 1 januari 2024 volgens Statbel, opgeteld over de statistische sectoren van elke gemeente (3.461 inwoners van het gewest hebben geen gekende sector en tellen in geen enkele gemeente mee), en de oppervlakte van elke gemeente berekend uit haar UrbIS-grens.',
          'De kaart van de wijken kleurt de 145 wijken van de gewestelijke Wijkmonitoring volgens de incidenten die erin gesitueerd zijn, en per 10.000 inwoners voor de woonwijken (parken, begraafplaatsen, industrie en spoor hebben te weinig inwoners voor een cijfer). De meeste incidenten in ons register zijn alleen tot op de gemeente bekend: ze tellen mee op de kaart van de gemeenten en niet op die van de wijken, die zegt hoeveel het er zijn.',
          'Een gemeente met minder dan {minCount} incidenten wordt niet ingekleurd per inwoner of per km²: bij zo weinig feiten weerspiegelt zo’n cijfer vooral toeval en de grootte van de gemeente. Ze wordt gearceerd met de vermelding „te weinig voor een cijfer”.',
          'Wijken en gemeenten komen uit UrbIS en delen hun grenzen: 50 wijken liggen over een gemeentegrens en worden erlangs versneden. De grenzen zijn tot op 6 m vereenvoudigd in de bestanden die we publiceren, en tot op een halve pixel op elke kaart; scripts/derive-geo.ts bouwt ze en controleert dat de wijken het gewest precies bedekken, dat de bevolking van elke wijk de som is van haar statistische sectoren en dat elk station in precies één wijk ligt.',
          'Elke hotspotwijk die onze bronnen noemen, is getekend als de wijk die ze bestrijkt: de wijk waarin het station ligt waarnaar ze genoemd is (Clemenceau, de Noordstationwijk), of de wijk die haar naam draagt (Peterbos, Matonge). Het Bonneviepark komt met geen enkele wijk- of stationsnaam overeen en is dus niet getekend. De kaart draagt geen genummerde markeringen, die men voor aantallen zou kunnen houden.',
          'De Nederlandse wijknamen staan zoals de gewestelijke wijkmonitoring ze schrijft. UrbIS bewaart de Franse namen zonder accenten; we herstellen die alleen uit spellingen die in het project zijn vastgelegd (de Nederlandse namen als ze gelijk zijn, de stationsnamen van de MIVB, de officiële gemeentenamen en een korte lijst Franse woorden met één enkele spelling, zoals chaussée of hôpital), en laten de andere woorden zoals UrbIS ze schrijft.',
        ],
      },
      {
        id: 'gaps',
        heading: 'Bekende leemten',
        paragraphs: [
          'Het overzicht is maar zo volledig als onze berichtgeving: een gemeente zonder incident in ons register is geen gemeente zonder incidenten.',
          'Sommige berichten geven geen datum of geen plaats. Die incidenten blijven in het overzicht en in de downloads, met lege ontbrekende waarden, en elke grafiek zegt hoeveel ze niet kon plaatsen.',
          'Geen enkele bron die we hebben, geeft coördinaten: incidenten staan alleen als punt op de kaart bij de metrostations die de berichten noemen. Er bestaat geen open stratenlijst van Brussel die we mogen verspreiden, dus een straat alleen situeert een incident niet in een wijk.',
        ],
      },
      {
        id: 'corrections',
        heading: 'Correcties',
        paragraphs: [
          'Als we een artikel corrigeren, wordt de correctie gedateerd en beschreven bij het artikel en in het correctielogboek. Verbeterde cijfers werken bij de volgende publicatie door in elke pagina, grafiek en download.',
        ],
      },
      {
        id: 'licences',
        heading: 'Bronnen en licenties',
        paragraphs: [
          'Onze gegevens worden gepubliceerd onder de licentie Creative Commons Naamsvermelding 4.0. Persartikels blijven eigendom van hun uitgevers; we citeren ze zonder hun tekst over te nemen.',
          'Wijken en gemeenten: « Réalisé avec Brussels UrbIS®© - Distribution & Copyright CIRB » (paradigm.brussels, open-datalicentie van UrbIS); de wijken zijn die van de Wijkmonitoring van het BISA (perspective.brussels). Bevolking: Statbel, statistische sectoren op 1 januari 2024 (CC BY 4.0). Metro- en premetrostations: « Source: STIB-MIVB - Open Data » (GTFS-haltes 2025/26, namen van december 2024). Herkomst en controles van elk bestand: data/geo/SOURCES.md in de broncode.',
        ],
      },
    ],
  },
};
