"""Triage on messages written for these tests (none is copied from the corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gazetteer
from triage import ReporterContext, alarming, triage
from triage.casualties import casualties
from triage.normalise import normalise, tokens
from triage.places import resolve


# -- normalisation ---------------------------------------------------------------
def test_sms_spelling_and_local_letters_are_normalised():
    assert normalise("Ya bcp d'hommes ARMÉS ds le villaaage mtn") == (
        "il y a beaucoup d hommes armes dans le village maintenant"
    )
    assert tokens("mɔgɔ ɲɛnama ŋɔni") == ["mogo", "nyenama", "ngoni"]
    assert normalise("il son la encor") == "ils sont la encore"  # never "son fils"
    assert normalise("son fils est la") == "son fils est la"
    assert normalise("mɔgɔ fila minɛna sira kan") == "mogo fila minena sira kan"  # Bambara
    assert normalise("kan ils sont arrives") == "quand ils sont arrives"  # French SMS
    assert normalise("ls gens du vlg st partis ce mat1, 3 pers blesses") == (
        "les gens du village sont partis ce matin 3 personnes blesses"
    )


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalise_never_raises_and_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip() and "  " not in once


# -- categories and urgency ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        ("Des hommes armés ont tiré sur le marché de Mondoro, plusieurs morts", "attack", True),
        ("on a enlevé le chef de village de Dinangourou cette nuit", "kidnapping", True),
        ("les voleurs ont pris 60 boeufs au parc de Boni hier soir", "cattle_theft", None),
        ("une mine a explosé sur la route de Douentza", "explosive", True),
        (
            "L'école de Socoura est fermée depuis la rentrée, pas de maître",
            "service_disruption",
            False,
        ),
        (
            "Les gendarmes au poste de Konna demandent 5000 F a chaque moto",
            "security_forces_abuse",
            False,
        ),
        ("Mɔgɔ fila faga ra Bandiagara sɔgɔma, marifatigiw nana", "attack", True),
        ("Gunmen on motorbikes are heading to Ayorou right now", "armed_presence", True),
        (
            "inondation a Mopti, les maisons sont tombees, familles sans abri",
            "natural_hazard",
            None,
        ),
        ("bonjour, merci pour votre travail", "other", False),
        # words for what happened, met in reports written afresh (each line a family)
        # a villager's words for a device nobody has named yet
        ("un colis suspect a ete laisse devant la mairie de Douentza", "explosive", True),
        # bandits and animals, no other loot: the animals were what they took
        ("les bandits sont partis avec le troupeau du chef de Sofara", "cattle_theft", None),
        # the river rising and a dyke giving way: a flood on its way
        ("la digue a cede a Konna, l eau monte dans les concessions", "natural_hazard", None),
        ("le marche de Boni n a pas eu lieu ce jeudi", "service_disruption", None),
        ("ils l ont fait monter de force sur leur moto a Dioura", "kidnapping", True),
        # fires set, boats overturned, death threats, places taken by armed men
        ("les jihadistes brulent les greniers de Tori", "attack", True),
        ("une pirogue a chavire pres de Konna avec des enfants", "natural_hazard", True),
        ("ils menacent de tuer le chef de Sio s il ne part pas", "armed_presence", True),
        ("des hommes armes ont pris le controle du puits de Sio", "armed_presence", True),
        # shots heard, targets, ransoms, herds driven off, floods, plague, whipping, arrivals
        ("des gens armes autour du village de Sio, on entend des tirs", "attack", True),
        ("le poste de Boni pris pour cible ce matin", "attack", True),
        ("des inconnus demandent une rancon pour le fils du boutiquier", "kidnapping", True),
        ("des hommes armes conduisent nos chevres vers la brousse a Boni", "cattle_theft", True),
        ("tout le cheptel du campement emporte par des bandits pres de Sio", "cattle_theft", None),
        ("le marigot a deborde a Konna, des maisons sont tombees", "natural_hazard", None),
        ("la peste des petits ruminants tue les chevres a Sio", "natural_hazard", None),
        ("les VDP ont fouette des jeunes au marche de Titao", "security_forces_abuse", None),
        ("Plus de 200 familles sont arrivees de Sio, elles dorment dehors", "displacement", None),
        # a plural phrase, bodies with no soldier named, a welcome, two communities at a well
        ("des feux de brousse ravagent les paturages autour de Boni", "natural_hazard", None),
        ("3 corps retrouves pres du puits de Sio, les bras attaches", "attack", True),
        ("bonne arrivee au nouveau commandant de la gendarmerie de Konna", "other", False),
        ("dogons et peuls se sont battus au puits de Sio, 2 blesses", "intercommunal", True),
        # people taken or not back, money demanded under threat, a quiet week, guns out
        ("a Sio ils ont pris l imam et son fils hier soir", "kidnapping", True),
        ("notre fille n est pas rentree du marche de Boni depuis hier", "kidnapping", True),
        ("on lui a dit de payer ou on brule sa boutique a Konna", "banditry", False),
        ("aucun incident a Sio, les gens vont au champ normalement", "other", False),
        (
            "les cultivateurs sont sortis avec des fusils contre les bergers a Sio",
            "land_dispute",
            True,
        ),
        ("des motos tournent autour de Sio depuis minuit", "armed_presence", True),
        ("les familles dorment dans la foret depuis l attaque de Sio", "displacement", None),
        ("les eaux montent a Konna, le quartier est sous l eau", "natural_hazard", None),
        # a fight going on now, in Bambara and Fulfulde; a flood in Songhay
        ("misiw donna an ka foro kono Sio, an ni fulaw be kele la sisan", "land_dispute", True),
        ("Na'i ñaami gese ka Sio, remɓe e aynaaɓe ina mbaɗa haɓre jooni", "land_dispute", True),
        ("Fofo. Bourem: hari beeri kaa koyra ra", "natural_hazard", None),
        # messages that name an incident and are none: films, prayers, remembrance,
        # workshops, scams, thanks, good results, a death of old age
        ("ce soir a la tele un film sur l attaque de Boni", "other", False),
        ("Que Dieu protege nos soldats et le Mali, amine", "other", False),
        (
            "deux ans jour pour jour apres l attaque de Sio, prions pour les victimes",
            "other",
            False,
        ),
        ("formation sur la gestion des conflits a Konna pour 30 participants", "other", False),
        (
            "arnaque: un homme se faisant passer pour le commandant demande de l argent",
            "other",
            False,
        ),
        ("nous remercions les gendarmes de Sio, la foire, tout s est bien passe", "other", False),
        ("les eleves de Konna ont eu de bons resultats a l examen", "other", False),
        ("condoleances, le vieux chef de Sio est decede de vieillesse", "other", False),
        # stolen goods smuggled; people taken by a militia; a flood in the night
        ("trafic de motos volees vers le Niger depuis Gao", "trafficking", None),
        ("les dozos ont arrete 5 peuls au marche de Sio et les ont emmenes", "intercommunal", True),
        (
            "the river overflowed in the night in Konna, 150 houses collapsed",
            "natural_hazard",
            True,
        ),
        # armed men acting as the person writes; people taken; an ultimatum; a siege
        ("ils rassemblent les hommes devant la mosquee de Sio", "armed_presence", True),
        ("nos fils ont ete emmenes en brousse par des hommes armes a Sio", "kidnapping", True),
        ("ils controlent les cartes d identite a Sio, avec des kalach", "armed_presence", True),
        ("les enfants partis chercher les chevres ne sont pas revenus a Sio", "kidnapping", True),
        ("ils nous ont donne 2 heures pour quitter Sio", "armed_presence", True),
        ("des inconnus ont pose quelque chose sur la route de Sio", "explosive", True),
        ("ils ont coupe le reseau et encercle Sio", "attack", True),
        # English partners' reports; a device defused; vague casualties
        ("Men with guns on motorbikes are at the well of Sio right now", "armed_presence", True),
        ("The bridge at Konna was blown up last night", "explosive", True),
        ("Armed men are burning the granaries in Sio now", "attack", True),
        ("Clashes between Dogon and Fulani youths in Sio, several injured", "intercommunal", True),
        ("Bush fires are spreading towards the villages near Sio", "natural_hazard", True),
        ("la mine sur la route de Sio a ete desamorcee par le genie", "explosive", False),
        # soldiers fighting back; arson; pasture burning; people leaving under threat
        ("Attaque du poste de Sio, les militaires ripostent", "attack", True),
        ("incendie du marche de Sio cette nuit, criminel selon les gens", "attack", None),
        ("Konna: le bourgou brule depuis hier", "natural_hazard", None),
        ("les gens partent vers Gao a cause des menaces", "displacement", None),
        # indirect wording: a neighbour carried off, a son out of reach, a mine stepped
        # on, a boat carried away, hiding, knocking on doors, a threat "sinon…"
        ("des gens sont venus ce soir et ont emporte mon voisin a Sio", "kidnapping", True),
        ("le fils du maire de Sio est injoignable depuis ce matin", "kidnapping", True),
        ("mon fils a marche sur quelque chose pres de Sio, sa jambe est partie", "explosive", True),
        (
            "le fleuve a emporte une pirogue avec 12 personnes a Konna, on cherche encore",
            "natural_hazard",
            True,
        ),
        ("je suis cache dans la brousse, ils sont dans le village de Sio", "armed_presence", True),
        (
            "ils ont frappe a toutes les portes a Sio pour chercher les jeunes",
            "armed_presence",
            True,
        ),
        (
            "a Sio ils obligent les commercants a partir, sinon ils brulent les boutiques",
            "armed_presence",
            True,
        ),
        ("les femmes de Sio sont en train de fuir avec les enfants", "displacement", True),
        ("4 enfants vomissent du sang a Sio, pas d ambulance", None, True),
        ("Djibo: le convoi est enfin arrive apres 3 mois de blocus", "other", False),
        ("les enseignants refusent de retourner a Sio", "service_disruption", False),
        # boys taken to fight, a depot on fire, a hold-up under way, shelling, a lake
        # over a village, a market called off for fear, a canal diverted, days ago
        (
            "les hommes armes prennent les jeunes garcons de Sio pour les amener combattre",
            "kidnapping",
            True,
        ),
        ("le depot d essence de Sevare brule, les flammes sont enormes", "natural_hazard", True),
        ("les bandits ont arrete le car a Sio et separent les passagers", "banditry", True),
        ("Gao: des obus sont tombes sur le quartier, il y a des blesses", "attack", True),
        ("l eau du lac a submerge le village de Sio cette nuit", "natural_hazard", True),
        ("a Sio le marche de jeudi est annule par peur des attaques", "service_disruption", False),
        (
            "les dozos interdisent aux peuls d entrer au marche de Sio, ca va mal finir",
            "intercommunal",
            True,
        ),
        (
            "une dizaine de motos viennent de passer le fleuve, direction le village de Sio",
            "armed_presence",
            True,
        ),
        (
            "on signale des hommes armes qui traversaient Sio il y a 3 jours",
            "armed_presence",
            False,
        ),
        (
            "coupeurs de route hier vers Sio, ils ont depouille les passagers d un car",
            "banditry",
            False,
        ),
        # Bambara: houses set on fire, children vanished, water rising, a herd's disease,
        # people wounded by guns
        ("u be ka tasuma don sow la Sio, an ka na joona", "attack", True),
        ("denmisen naani tununa Sio kabini kunu", "kidnapping", True),
        ("ji be ka yelen Konna, so caman binna", "natural_hazard", True),
        ("bana donna misiw la Sio, misi tan sara", "natural_hazard", None),
        ("mogo fila jogira ni marifa ye Sio sira kan", "attack", True),
        # spellings by ear
        ("ya pa de medcin au centre de sante de Sio depui 1 moi", "service_disruption", False),
        ("on vand des fusi au marcher de Sio en cacher", "trafficking", False),
        ("les gen de Sio fui ver Mopti a cose des attak", "displacement", None),
        ("lé vach on été volé a Sio cet nui", "cattle_theft", None),
        ("les déplassé de Sio on pa de manjé", "displacement", None),
        ("les animo on mangé mon chan de mil a Sio", "land_dispute", None),
        ("trafik d arm a Sio la nui", "trafficking", None),
        # everyday incidents: forces that do nothing, parts trafficked, a garden
        # disputed, half a village gone
        (
            "les militaires du poste de Sio ne font rien contre les voleurs de betail",
            "security_forces_abuse",
            False,
        ),
        (
            "un camion transporte des pieces detachees de motos vers le nord depuis Sio",
            "trafficking",
            False,
        ),
        ("a Sio 2 familles se disputent un jardin au bord du fleuve", "land_dispute", False),
        ("la moitie du village de Sio est partie vers Gossi", "displacement", False),
        # everyday messages: a private debt, an election campaign, soldiers and youths
        # cleaning together, a fair back; a phone stolen "for the police?"
        ("je veux porter plainte contre mon voisin qui me doit de l argent", "other", False),
        ("les candidats aux elections de Sio font campagne dans les villages", "other", False),
        ("les militaires et les jeunes de Sio ont nettoye le cimetiere ensemble", "other", False),
        ("la foire de Sio reprend apres 2 ans, les commercants sont contents", "other", False),
        ("mon telephone a ete vole au marche de Sio, c est pour la police?", "banditry", False),
        (
            "ALERTE - Sio - presence de HANI a 5 km du village, environ 40 motos",
            "armed_presence",
            True,
        ),
        # health, schools and women: a life at risk, sexual violence, a forced marriage,
        # a teacher beaten, malnutrition in a camp, a canteen closed
        (
            "une femme en travail depuis 2 jours a Sio, la route est coupee, elle va mourir",
            "service_disruption",
            True,
        ),
        ("des hommes armes ont abuse de 3 filles pres de Sio", "attack", True),
        ("une fille de 14 ans mariee de force a un combattant a Sio", "armed_presence", None),
        ("un enseignant a ete battu devant ses eleves par des hommes armes a Sio", "attack", True),
        (
            "les enfants du camp de deplaces de Sio souffrent de malnutrition severe",
            "natural_hazard",
            None,
        ),
        ("la cantine scolaire de Sio ne fonctionne plus", "service_disruption", False),
        # Fulfulde and Songhay: the army beating youths, shooting started, men on
        # motorbikes surrounding a village now
        ("Konu piyi sukaaɓe 5 ka luumo Sio hande", "security_forces_abuse", None),
        ("Fetel fuɗɗii e laawol Sio jooni jooni, yimɓe ina mbarlee", "attack", True),
        ("Fofo. Tera: alborey kaa moto boŋ sohõ, i ga koyra windi", "armed_presence", True),
        # a day's traffic: people leaving since a murder, rain that broke a bridge,
        # soldiers dispersing a crowd, two quarters fighting after a match
        (
            "les gens de Sio partent tous vers Bankass depuis l assassinat du muezzin",
            "displacement",
            None,
        ),
        (
            "la pluie a detruit le pont de Sio, les vehicules ne passent plus",
            "service_disruption",  # the way cut off, as d165: nothing else harmed
            None,
        ),
        (
            "a Sio les militaires tirent en l air au marche pour disperser la foule",
            "security_forces_abuse",
            None,
        ),
        (
            "les jeunes de deux quartiers de Sio se sont battus apres le match, 4 blesses",
            "intercommunal",
            True,
        ),
        # Burkina Faso and Niger: a militia killing people (no count), a camp flooded,
        # no water at a camp
        (
            "a Sio des koglweogo ont tue des peuls au marche, tension tres forte",
            "intercommunal",
            True,
        ),
        (
            "le camp de deplaces de Kaya est inonde apres la pluie, les tentes sont parties",
            "natural_hazard",
            None,
        ),
        ("pas d eau au camp de refugies de Sio depuis 4 jours", "service_disruption", None),
        # denials and announcements: news said false, an attack "il y aura",
        # a theft that did not happen
        (
            "l information sur l enlevement du maire de Sio est fausse, il est a Bamako",
            "other",
            False,
        ),
        (
            "ils disent qu il y aura une attaque sur Sio, je ne sais pas si c est vrai",
            "armed_presence",
            True,
        ),
        ("le berger n a pas ete enleve, il etait parti chercher ses animaux", "other", False),
        # English: passengers taken, a deadly fight over a well, a storm; Bambara guns sold
        (
            "Armed men stopped our bus near Sio and took two passengers with them",
            "kidnapping",
            True,
        ),
        (
            "A fight between herders and farmers over a well in Sio left one man dead",
            "land_dispute",
            True,
        ),
        ("A strong wind blew off the roofs of twenty houses in Sio", "natural_hazard", None),
        ("marifa feerelaw be se ka ye Sio sugu la kalo o kalo", "trafficking", None),
        # peace made: the words say so more than they name the communities' conflict
        (
            "Le comite de paix de Sio informe que la rencontre entre les chefs peuls et dogons "
            "s est bien deroulee, les deux communautes se sont engagees a respecter les champs",
            "other",
            False,
        ),
        # soldiers as victims, a soldier firing on a civilian, a pit caving in
        ("Sio ce matin 2 FAMa tues dans une embuscade sur la route", "attack", True),
        (
            "a Sio un militaire ivre a tire sur un taxi moto, le conducteur est blesse",
            "security_forces_abuse",
            True,
        ),
        ("3 morts dans l eboulement d un puits d orpaillage pres de Sio", "natural_hazard", True),
        # animals taken in the passive, by men; patients dying for want of a doctor
        (
            "Nos animaux ont ete emmenes par des hommes a moto vers Sio ce matin",
            "cattle_theft",
            None,
        ),
        (
            "le CSCOM de Sio n a plus de medecin ni de medicaments, les malades meurent",
            "service_disruption",
            True,
        ),
        # a market not held for fear of checkpoints; a plot two families claim; weapons
        # smuggled week after week
        (
            "Le marche hebdomadaire de Sio ne s est pas tenu ce dimanche, les commercants "
            "ont peur des barrages",
            "service_disruption",
            False,
        ),
        ("dispute entre deux familles de Sio pour une parcelle", "land_dispute", False),
        (
            "des armes arrivent cachees dans des sacs de mil au marche de Sio, les vendeurs "
            "viennent du Niger",
            "trafficking",
            False,
        ),
        # a theft of last night in Bambara; two communities arming; a fire the wind pushes
        ("sonw ye mobili minɛ Sio sira kan kunu su", "banditry", False),
        (
            "Les Bellas accusent les Touaregs de Sio d avoir empoisonne leur puits, les deux "
            "camps s arment",
            "intercommunal",
            True,
        ),
        (
            "tension entre Bozos et Peuls a Sio apres la saisie des filets, les jeunes se "
            "preparent",
            "intercommunal",
            True,
        ),
        ("feu de brousse tres fort pres de Sio, le vent pousse vers les campements", None, True),
        # a son gone, named before "il"; bandits robbing a shop; a release, with thanks
        (
            "slt mon fils est parti au marche de Sio depuis hier et il n est pas rentre, son "
            "telephone ne passe pas",
            "kidnapping",
            True,
        ),
        (
            "bandits armes ont attaque une boutique a Sio hier nuit, le boutiquier blesse par "
            "balle au bras",
            "banditry",
            True,
        ),
        (
            "bjr les gendarmes ont libere le jeune qu ils avaient arrete a Sio, merci a vous",
            "other",
            False,
        ),
        # Bambara: armed men burning the market; people fleeing; pests on the crops
        ("marifatigiw ye Sio sugu jeni sisan, mɔgɔw bɛ boli", "attack", True),
        (
            "plus de 200 menages sont arrives a Sio en fuyant Foube, ils n ont ni eau ni "
            "nourriture",
            "displacement",
            None,
        ),
        ("Les champs de Sio sont devastes par les chenilles", "natural_hazard", False),
        ("les oiseaux mange-mil ont attaque les champs de riz a Sio", "natural_hazard", False),
        # Bambara "ye … ta" (took) with cows; armed men who burned a school; shots now
        ("u ye misi caman ta Sio kunu su, gɛnbagaw tora", "cattle_theft", False),
        (
            "Armed men on motorbikes burned the school of Sio last night, teachers have fled",
            "attack",
            True,
        ),
        ("braquage du car a hauteur de Sio, les bandits tirent encore", "banditry", True),
        # a soldier killed (the passive) and soldiers who killed; forces who brutalise
        (
            "un militaire a ete tue et deux autres blesses dans une embuscade pres de Sio",
            "attack",
            True,
        ),
        ("les militaires ont tue 3 civils a Sio", "security_forces_abuse", True),
        (
            "la garde nationale a brutalise des eleveurs au puits de Sio et confisque 10 vaches",
            "security_forces_abuse",
            None,
        ),
        # shots that may be a drill; armed men who come every Friday; an ultimatum
        (
            "tirs entendus vers Sio, on ne sait pas si c est l armee qui fait un exercice",
            "attack",
            True,
        ),
        (
            "les jihadistes ont interdit la musique et les mariages a Sio, ils passent chaque "
            "vendredi",
            "armed_presence",
            False,
        ),
        (
            "Sio: les gens fuient vers la ville depuis hier, ils disent que les jihadistes ont "
            "donne un ultimatum",
            None,
            True,
        ),
        # girls sold; a fight with sticks now; a network down; a death of illness
        (
            "Deux adolescentes de Sio ont ete emmenees au Niger pour etre mariees de force, une "
            "femme du village les a vendues",
            "trafficking",
            False,
        ),
        (
            "Sio: ya des Dogons et des Peuls qui se battent au marche a coups de batons",
            "intercommunal",
            True,
        ),
        ("le reseau orange ne marche plus a Sio depuis 5 jours", "service_disruption", False),
        # English partners: IDP households, a village emptied, revenge threatened
        (
            "Good evening. Our team in Sio reports that around 60 new IDP households arrived "
            "today from Pensa.",
            "displacement",
            False,
        ),
        ("Whole village of Sio emptied, people walking to Kaya", "displacement", None),
        (
            "Tension between Fulani and Dogon youth in Sio after a cattle theft, they threaten "
            "revenge",
            "intercommunal",
            True,
        ),
        # warning shots; aid received; a fair cancelled for fear; the sick cut off by a flood
        (
            "ce n est pas une attaque, ce sont les militaires qui font des tirs de sommation a Sio",
            "other",
            False,
        ),
        ("les deplaces de Sio ont recu des vivres hier, merci aux ONG", "other", False),
        (
            "la foire de Sio a ete annulee a cause des rumeurs d attaque",
            "service_disruption",
            False,
        ),
        (
            "inondation a Sio et en plus le pont est coupe, on ne peut pas evacuer les malades",
            None,
            True,
        ),
        # Burkina and Niger words: PDI, FDS, koglweogo, a device neutralised, cattle "enlevé"
        ("afflux de PDI a Sio: 450 menages enregistres ce jour", "displacement", False),
        (
            "les elements de la garde ont tue 2 civils a Sio lors d une patrouille",
            "security_forces_abuse",
            True,
        ),
        (
            "les koglweogo retiennent 4 jeunes accuses de vol a Sio et les ont attaches a un arbre",
            "intercommunal",
            True,
        ),
        ("EEI neutralise par les FDS sur l axe Sio Diapaga, la circulation a repris", None, False),
        (
            "enlevement de betail a Sio, environ 200 tetes emportees par des hommes armes",
            "cattle_theft",
            None,
        ),
        # a Bambara quarrel with two wounded; water in every house; families sleeping
        # before the town hall; a commander who slapped a councillor; a burnt-out car
        ("cikɛlaw ni fulaw sɔsɔra Sio foro kan, mɔgɔ fila jogira", "land_dispute", True),
        (
            "on a besoin d aide a Sio, l eau est entree dans toutes les maisons",
            "natural_hazard",
            True,
        ),
        ("plus de 50 familles de Boni dorment devant la mairie de Sio", "displacement", False),
        (
            "Le commandant de brigade de Sio a gifle le conseiller du village devant tout le monde",
            "security_forces_abuse",
            False,
        ),
        ("il y a un vehicule calcine sur la route de Sio", "attack", None),
        # long WhatsApp reports: an outbreak "depuis une semaine" (ongoing, not past) with
        # two dead; a herd taken and followed; men digging by a track
        (
            "Je suis infirmier a Sio. Depuis une semaine nous recevons beaucoup d enfants avec "
            "la diarrhee et des vomissements. Deux sont decedes hier.",
            "natural_hazard",
            True,
        ),
        (
            "une bande armee a pris environ 300 bovins au paturage de Sio vers 16h et se dirige "
            "vers la foret",
            "cattle_theft",
            True,
        ),
        (
            "des jeunes de Sio ont vu des hommes armes creuser au bord de la piste hier soir. "
            "Pouvez vous envoyer le genie?",
            "explosive",
            True,
        ),
        # Niger: men who come "chaque soir" to a well; the river's water in the gardens
        (
            "Sio: les gens disent que les terroristes viennent chaque soir boire au puits",
            "armed_presence",
            False,
        ),
        (
            "les eaux du fleuve ont envahi les jardins de Sio, des maisons sont menacees",
            "natural_hazard",
            None,
        ),
        # fleeing for fear of reprisals; a ransom asked so a son "soit libéré"; a chief
        # whipped by armed men
        (
            "slt les gens de Sio fuient vers Bankass depuis ce matin, ils ont peur des "
            "represailles",
            "displacement",
            True,
        ),
        (
            "on me demande de payer 50000 pour que mon fils soit libere par les jihadistes, "
            "aidez moi",
            "kidnapping",
            True,
        ),
        (
            "Les hommes armes ont attache le chef du village de Sio a un arbre et l ont fouette",
            "attack",
            True,
        ),
        # euphemisms: a body "sans vie", gunfire that "a parlé fort", men "en tenue" who
        # took young men never seen again, armed men who pass "tous les jours"
        ("on a retrouve le commercant sans vie au bord du marigot de Sio", "attack", True),
        ("ca a parle fort cette nuit a Sio, on compte les degats ce matin", "attack", True),
        (
            "les hommes en tenue ont encore fait des leurs a Sio, 2 jeunes ramasses et pas revus",
            "security_forces_abuse",
            True,
        ),
        (
            "les enturbannes passent tous les jours pres du puits de Sio avec des armes",
            "armed_presence",
            False,
        ),
        # gendarmes taking money from moto-taxis; arrivals sleeping at the bus station;
        # a community that "promet de répondre"
        (
            "gendarmes de Sio prennent 5000 f aux taxis motos sinon garde a vue",
            "security_forces_abuse",
            None,
        ),
        (
            "environ 200 personnes arrivees de Mondoro dorment a la gare routiere de Sio",
            "displacement",
            False,
        ),
        (
            "des Dogons ont brule le campement peul de Sio, les Peuls promettent de repondre",
            "intercommunal",
            True,
        ),
        # complaints about the forces, never sent to them: a herder taken away by soldiers
        # and found dead; nets destroyed; an arm broken
        (
            "les FAMa ont emmene le berger Hama et on l a retrouve mort le lendemain a Sio",
            "security_forces_abuse",
            True,
        ),
        (
            "la garde nationale a detruit les filets des pecheurs bozos a Sio sans raison",
            "security_forces_abuse",
            None,
        ),
        (
            "les policiers de Sio ont casse le bras d un conducteur de moto-taxi",
            "security_forces_abuse",
            None,
        ),
        (
            "les militaires tirent en l air pour faire peur aux gens du marche de Sio chaque jour",
            "security_forces_abuse",
            False,
        ),
        # the north: two communities "se disputent" a well; families arriving who say their
        # camp was attacked; Songhay "i go boro kar" (they are beating people)
        (
            "les Touaregs et les Peuls de Sio se disputent un puits, les anciens essaient de "
            "calmer",
            "intercommunal",
            None,
        ),
        (
            "a Sio des familles arrivent de Tidermene a dos d ane, elles disent que leur "
            "campement a ete attaque",
            "displacement",
            False,
        ),
        ("borey kaa moto boŋ Sio koyra ra sohõ, i go boro kar", "attack", True),
        # a fire that "a pris" and goes toward the granaries; soldiers who banned
        # motorbikes; children sold to the gold mines; armed men who looted medicines
        (
            "le feu a pris dans la brousse pres de Sio, il va vers les greniers",
            "natural_hazard",
            True,
        ),
        (
            "les militaires ont interdit la circulation des motos a Sio, les malades ne peuvent "
            "pas aller au CSCOM",
            "security_forces_abuse",
            None,
        ),
        (
            "un reseau vend des enfants talibes a Sio pour travailler dans les mines d or",
            "trafficking",
            False,
        ),
        ("armed men looted the health centre of Sio and took the medicines", "banditry", None),
        # Fulfulde "ngujji" (stole) with motorbikes and no herd; ponds fenced off; a bridge
        # destroyed in English
        ("Yimɓe e mooto ngari luumo Sio hande, ɓe ngujji mooto'en", "banditry", None),
        (
            "les pasteurs de Sio n ont plus acces aux mares, les cultivateurs ont tout cloture",
            "land_dispute",
            False,
        ),
        (
            "the bridge on the Sio road was destroyed last night, trucks cannot pass",
            "service_disruption",
            False,
        ),
        # men seen burying something on a track; people leaving "parce que" armed men will
        # come back; an ambulance stolen; a sandstorm
        (
            "les gens de Sio ont vu 4 hommes armes enterrer quelque chose sur la piste",
            "explosive",
            True,
        ),
        (
            "les gens quittent Sio pour Bandiagara parce que les hommes armes ont promis de "
            "revenir",
            "displacement",
            None,
        ),
        ("l ambulance de Sio a ete volee par des hommes armes", "banditry", None),
        ("vent de sable tres fort a Sio, des toits arraches, 2 blesses", "natural_hazard", True),
        # the cattle trader robbed: bandits took his money, not his cows
        (
            "Bonjour a Sio les bandits ont braque le commercant de betail ce matin",
            "banditry",
            None,
        ),
        (
            "slt a Sio ya un vieux ki est mort ce matin, c etait sa maladie, rien a voir avec l "
            "insecurite",
            "other",
            False,
        ),
        (
            "Nous avons appris qu'un enfant est mort de faim au site de Sio, les vivres ne sont "
            "pas arrives depuis 3 mois",
            "displacement",
            None,
        ),
        # a child not found and no pronoun of his in the words before
        (
            "mon fils de 12 ans est parti au champ hier matin, on ne le retrouve pas, des "
            "gens a moto etaient vus dans la zone",
            "kidnapping",
            True,
        ),
        (
            "le feu a pris dans les paturages de Sio, le vent le pousse vers les campements",
            "natural_hazard",
            True,
        ),
        # sport and grief in incident words
        ("mon equipe a explose l adversaire 4-0 au tournoi de Sio hier soir", "other", False),
        (
            "Le chef de village de Sio nous a quittes cette nuit apres une longue maladie. Que "
            "Dieu l accueille",
            "other",
            False,
        ),
        (
            "la reunion sur la paix entre eleveurs et agriculteurs s est bien passee a Sio, tout "
            "le monde a signe",
            "other",
            False,
        ),
        # gone with strangers, the phone silent
        (
            "le maire de Sio est parti avec des gens qu on ne connait pas, son telephone ne "
            "sonne plus",
            "kidnapping",
            True,
        ),
        # "ils" promising to come back tonight: the armed men
        (
            "on a peur, ils ont dit qu ils reviennent ce soir pour ceux qui n ont pas paye la "
            "zakat",
            "armed_presence",
            True,
        ),
        # a letter from them: a threat, its authors not there
        (
            "Les eleves de Sio ont peur d aller a l ecole depuis qu on a trouve une lettre qui "
            "interdit le francais",
            "armed_presence",
            False,
        ),
        # seven dead beside the families: the killing is the news
        (
            "ce qui s est passe a Sio la semaine derniere, 7 morts, personne n est venu voir les "
            "familles",
            "attack",
            None,
        ),
        (
            "la pluie a tout casse chez nous, le toit de l ecole s est envole",
            "natural_hazard",
            None,
        ),
        # partners' English: the postponement is the news, the arrivals are
        (
            "Update from our team in Djibo: the food distribution planned for tomorrow is "
            "postponed because the convoy could not leave Kaya, the road is blocked by armed "
            "groups for the third week.",
            "service_disruption",
            None,
        ),
        (
            "Reported: approx. 150 households arrived in Ouahigouya from Thiou over the weekend "
            "after threats by armed men. They are staying with host families.",
            "displacement",
            None,
        ),
        # a clinic shut since its nurse was abducted a month ago
        (
            "Nous signalons que le CSPS de Sio est ferme depuis l enlevement de l infirmier chef "
            "il y a un mois",
            "service_disruption",
            False,
        ),
        # people held tied up by a militia: their lives are decided within hours
        (
            "les koglweogo ont attache deux jeunes peuls sous le soleil toute la journee au "
            "marche de Sio, ils les accusent d avoir vole un velo",
            "intercommunal",
            True,
        ),
        ("ya des gens ki vendent de l essence frelatee au marche de Sio", "trafficking", None),
        # two villages and a pond, no violence: a dispute over water
        (
            "Conflit entre deux villages voisins pour une mare a Sio, chaque camp reclame la "
            "mare depuis l hivernage",
            "land_dispute",
            False,
        ),
        ("Les jihadistes ont tue 15 boeufs et 2 bergers a Sio", "attack", True),
        ("Mɔgɔ duuru sara Sio kɔrɔn fɛ, mɔgɔ tan jogira", "attack", True),
        # a flood's homeless: the flood is the news
        ("inondation a Gao quartier Aljanabandja, 40 familles sans abri", "natural_hazard", None),
        # a theft named ("s'accusent de vols"), the young men arming: nobody taken
        (
            "Les Touaregs et les Peuls de Sio s accusent mutuellement de vols, des jeunes ont "
            "commence a s armer",
            "intercommunal",
            True,
        ),
        # houses burned by soldiers in reprisal: urgent for oversight
        (
            "Les FAMa ont brule des maisons a Sio apres une embuscade contre leur convoi, les "
            "habitants ont fui",
            "security_forces_abuse",
            True,
        ),
        # partners' English: herders and farmers over a water point; rooftops; a device
        # destroyed
        (
            "Clashes between Fulani herders and Dogon farmers over a water point left two "
            "injured near Sio.",
            "land_dispute",
            True,
        ),
        (
            "Heavy rains caused the dam near Sio to break; several hamlets are under water and "
            "families are on rooftops.",
            "natural_hazard",
            True,
        ),
        (
            "An IED was found and safely destroyed by the army on the Sio-Boni road this morning.",
            "explosive",
            False,
        ),
        # a killing whatever the setting; peace made over a bull; a spring dried up
        (
            "Le president du comite de paix de Sio a ete assassine chez lui cette nuit",
            "attack",
            True,
        ),
        (
            "les Dogons et les Peuls de Sio ont fait la paix devant le prefet, ils ont tue un "
            "taureau ensemble",
            "other",
            False,
        ),
        (
            "La source de Sio est tarie, les animaux meurent de soif et les bergers partent vers "
            "le sud",
            "natural_hazard",
            False,
        ),
        # a protest where people are hurt, a strike that stops a school: still incidents
        (
            "Police fired at a motorbike taxi in Sio and wounded its passenger; young people "
            "protested",
            "security_forces_abuse",
            None,
        ),
        (
            "Les policiers ont ouvert le feu sur un taxi-moto a Sio, un passager blesse, les "
            "jeunes manifestent",
            "security_forces_abuse",
            None,
        ),
        (
            "Greve des enseignants a Sio depuis 2 semaines, ils reclament leurs salaires",
            "service_disruption",
            False,
        ),
        # stolen motorbikes carried across the river: smuggled; hamlets emptied into the
        # town after threats: displaced
        (
            "Des pirogues transportent des motos volees de l autre cote du fleuve a Sio",
            "trafficking",
            False,
        ),
        (
            "Les habitants de trois hameaux autour de Sio ont rejoint le bourg avec leurs "
            "animaux apres les menaces",
            "displacement",
            False,
        ),
        # soldiers firing on the assailants: the fight, an attack
        ("les militaires ont ouvert le feu sur les assaillants a Sio", "attack", True),
        # a jihadists' audio message: a threat, its authors not there
        (
            "Message audio des jihadistes qui circule a Sio: ils demandent aux gens de ne pas "
            "voter",
            "armed_presence",
            False,
        ),
        # a bridge "dynamité": a blast
        (
            "Le pont entre Sio et Boni a ete dynamite par des inconnus, les camions ne passent "
            "plus",
            "explosive",
            True,
        ),
        # armed presence: on the move now (urgent); gone on since last night, or heard every
        # evening (the digest)
        (
            "Ils sont une cinquantaine a moto, ils viennent de traverser le fleuve vers Sio",
            "armed_presence",
            True,
        ),
        (
            "Hier soir des hommes armes sont passes a Sio sans rien faire, ils ont continue vers "
            "le nord",
            "armed_presence",
            False,
        ),
        (
            "Chaque soir on entend des motos tourner autour de Sio sans phares",
            "armed_presence",
            False,
        ),
        # vaccinators who no longer come: a service stopped, not a theft of the herd
        (
            "Les vaccinateurs du betail ne viennent plus a Sio a cause de l insecurite, les "
            "animaux tombent malades",
            "service_disruption",
            False,
        ),
        # armed men who closed the road: a blockade, urgent even since yesterday
        (
            "slt, les marifatigiw ont ferme la route de Sio, aucun camion ne passe depuis hier",
            "armed_presence",
            True,
        ),
        # euphemisms: a death, armed men of the forest, a levy, taken along
        ("Notre frere Ali de Sio est parti rejoindre Dieu sous les balles hier", "attack", True),
        (
            "les hommes de la foret ont fait descendre le conseiller de son car et l ont amene "
            "avec eux",
            "kidnapping",
            True,
        ),
        (
            "Les freres de la brousse ont pris la dime sur les recoltes de Sio, 1 sac sur 10",
            "armed_presence",
            False,
        ),
        # arson: the burning is the news, the closure its consequence; a denial then a
        # contrast affirms the event
        ("l ecole de Sio a ete brulee cette nuit", "attack", True),
        (
            "la mosquee n a pas ete brulee, c est l ecole qui a ete brulee cette nuit a Sio",
            "attack",
            True,
        ),
        # "l'école risque de fermer": a risk to a service, no life at risk
        (
            "plusieurs familles de Sio ont commence a partir vers Mopti depuis les menaces de la "
            "semaine derniere. L ecole risque de fermer faute d eleves.",
            "displacement",
            False,
        ),
        # session 18: herds killed by thieves are a theft; a tension "can explode"; a
        # threat on a condition ("si on ne paie pas la zakat") is no denial; boundary
        # stones moved; soldiers in plain clothes taken from a bus; rebels against a
        # customs post; a market fire with no one said to have set it
        (
            "12 vaches egorgees ds la brousse de Sio ce matin, les voleurs ont pris le reste",
            "cattle_theft",
            False,
        ),
        ("tension entre dozos et peuls a Sio, tout peut exploser", "intercommunal", None),
        ("l engin risque d exploser a Sio, personne ne passe", "explosive", True),
        (
            "le chef de Sio a recu une lettre, ils vont venir si on ne paie pas la zakat",
            "armed_presence",
            False,
        ),
        ("ils ont deplace les bornes du champ de mon pere a Sio", "land_dispute", False),
        (
            "des hommes en armes ont arrete le bus a Sio, ils ont pris 2 militaires en civil",
            "kidnapping",
            True,
        ),
        (
            "Les rebelles ont pris le poste de douane de Sio hier, les douaniers ont fui, 3 morts",
            "attack",
            True,
        ),
        (
            "ya un incendie au marche de Sio, plusieurs boutiques ont brule, les pompiers sont la",
            "natural_hazard",
            True,
        ),
        (
            "incendie au marche de Sio cette nuit, 3 boutiques, c est un court circuit",
            "other",
            None,
        ),
        (
            "Armed men burned the health post in Sio last night, nobody was killed",
            "attack",
            False,
        ),
        ("cholera a Sio: 14 cas a l hopital depuis lundi, pas encore de deces", None, False),
        (
            "Le CSCOM de Sio est ferme, le major a ete menace par des hommes armes et il est parti",
            "service_disruption",
            False,
        ),
        # s18d–f: a round-up by soldiers; a mined road told by what it does (the price,
        # a note of hardship, is not the subject); the army killing fighters is a fight;
        # a theft's author arrested; scouts on unplated motorbikes; a disease of the herds;
        # yesterday's wounded stay news when "le calme est revenu"; Fulfulde's passive
        (
            "l armee a encercle le hameau de Sio, les soldats ont fait sortir tous les hommes "
            "et les ont fait asseoir au soleil, ils sont toujours la",
            "security_forces_abuse",
            True,
        ),
        (
            "depuis 2 semaines la route de Sio est minee, les camions de ravitaillement ne "
            "passent plus, le prix du sac de mil a double",
            "service_disruption",
            False,
        ),
        ("le prix du sac de mil a double a Sio", "other", False),
        ("l armee a tue des terroristes vers Sio ce matin", "attack", True),
        ("les militaires ont tue des bergers peuls a Sio", "security_forces_abuse", True),
        (
            "La police a arrete le chef de la bande qui volait les motos a Sio, bravo",
            "other",
            False,
        ),
        ("les gendarmes ont arrete le jeune qui a vole ma moto a Sio", "other", False),
        (
            "Deux motos sans plaque tournent autour de l ecole de Sio ce soir",
            "armed_presence",
            True,
        ),
        (
            "La maladie des chameaux tue a Menaka, 30 chameaux morts ce mois",
            "natural_hazard",
            False,
        ),
        ("Ouahigouya: an epidemic of dengue is spreading, the hospital is full", None, True),
        (
            "Hier soir une bagarre entre jeunes bozos et peuls a Sio, 5 blesses a la machette. "
            "Ce matin le calme est revenu mais les vieux craignent des represailles.",
            "intercommunal",
            True,
        ),
        ("Sukaaɓe ɗiɗo ngujjaama Sio hanki, ɓe ngaddaaka", "kidnapping", True),
        ("Mɔgɔ caman bɛ ka boli ka bɔ Sio bi, u ko marifatigiw bɛ na", "displacement", True),
        (
            "Our partner in Sio reports that the health centre has had no nurse for three weeks "
            "after threats from armed groups",
            "service_disruption",
            False,
        ),
        # s18g–i: goods taken in the passive take no one; weapons as a cargo; opening
        # hours asked; a man lynched is dead ("il est mort" after the goats he was accused
        # of stealing); a flight whose people tell of an ultimatum
        ("Braquage sur la route de Sio, 3 motos prises et le chauffeur frappe", "banditry", False),
        (
            "Des pick-up charges d armes sont passes par Sio cette nuit vers le Niger",
            "trafficking",
            None,
        ),
        ("a quelle heure ferme le marche de Sio le dimanche?", "other", False),
        ("a Sio les jeunes ont tabasse un peul accuse de vol de chevres, il est mort", None, True),
        (
            "le village de Sio s est vide cette nuit, ils disent que les hommes armes ont donne "
            "un ultimatum",
            "displacement",
            None,
        ),
        # s18j–l: two sides that "se menacent" are a tension, not a cry; bows out are
        # weapons; a device found, a forest fire still burning, a pump broken, motorbikes
        # taken at gunpoint, in partners' English; a house fire of a short circuit
        (
            "Les gens de Sio et de Kera se menacent depuis que les vaches ont mange le mil",
            "land_dispute",
            False,
        ),
        (
            "Les bergers et les paysans se menacent a Sio pour un champ, ils ont sorti les arcs",
            "land_dispute",
            True,
        ),
        ("A device was found buried on the road to Sio this morning", "explosive", True),
        (
            "A fire spread to the forest near Sio yesterday, it is still burning",
            "natural_hazard",
            True,
        ),
        (
            "Our village Sio has no water since the pump broke 2 weeks ago",
            "service_disruption",
            False,
        ),
        ("Two motorbikes were stolen at gunpoint from traders on the Sio road", "banditry", False),
        ("Diallo ka so jɛnina Sio, c un court circuit, mɔgɔ si ma sa", "other", False),
        # s18m–o: a killing and an abduction in one message is the killing; the herder
        # taken with the herd; the mayor still held when "his driver was released"; the
        # forces beating someone now, or taking money at a checkpoint; soldiers training;
        # a market closed on armed groups' orders; a river out of its bed
        (
            "des hommes armes sont entres a Sio, ils ont tue le chef de village et enleve son fils",
            "attack",
            True,
        ),
        ("Les voleurs ont pris 30 moutons et le berger a Sio", "kidnapping", True),
        ("les voleurs ont pris 30 moutons et le berger est blesse a Sio", "cattle_theft", True),
        ("The mayor of Sio was kidnapped on his way to Kidal, his driver was released", None, True),
        ("les gendarmes ont arrete mon frere a Sio, il n a rien fait, ils le frappent", None, True),
        ("jandaramuw bɛ wari ta mɔtɔw fɛ Sio sira kan", "security_forces_abuse", False),
        (
            "Police at the Sio checkpoint demand money from every bus",
            "security_forces_abuse",
            False,
        ),
        ("Ya des tirs a Sio mais c est les militaires qui s entrainent", "other", False),
        (
            "The market of Sio has been closed for a month because armed groups ordered it",
            "armed_presence",
            None,
        ),
        (
            "Inondation a Sio, le fleuve est sorti de son lit, des quartiers sous l eau",
            "natural_hazard",
            True,
        ),
        # s18p–r: the forces burning or seizing motorbikes, no one hurt, are for the
        # digest — unless a community is punished or shots are fired; leaflets dropped;
        # fuel run across a border; medicines run out; a flight with the men at the gates
        (
            "Les militaires ont brule les motos des jeunes de Sio en disant que c est interdit",
            None,
            False,
        ),
        (
            "les militaires ont brule les boutiques des Peuls au marche de Sio en disant qu ils "
            "nourrissent les terroristes",
            "security_forces_abuse",
            True,
        ),
        (
            "Des tracts ont ete jetes dans la cour de l ecole de Sio cette nuit",
            "armed_presence",
            False,
        ),
        (
            "On fait passer du carburant et des motos vers le Niger par Sio toute la nuit",
            "trafficking",
            False,
        ),
        ("The health centre in Sio has run out of medicines", "service_disruption", False),
        (
            "les gens quittent Sio en masse maintenant, les hommes armes sont a l entree",
            "displacement",
            True,
        ),
        # s18s–u: blows told as done, no one hurt, are for the oversight digest; a bridge
        # blown up; "rien de grave"
        (
            "Les militaires ont frappe les pecheurs de Sio qui etaient sur le fleuve apres 18h",
            None,
            False,
        ),
        (
            "Un drone de l armee a frappe un rassemblement pres de Sio, des civils tues",
            "security_forces_abuse",
            True,
        ),
        ("Les jihadistes ont fait sauter le pont de Sio cette nuit", "explosive", True),
        ("Il n y a rien de grave a Sio, juste une dispute entre voisins", "other", False),
    ],
)
def test_typical_messages(text, category, urgent):
    result = triage(text)
    if category is not None:
        assert result.category == category, result
    if urgent is not None:
        assert result.urgent is urgent, result


def test_negation_is_not_an_incident():
    assert (
        triage("Tout est calme a Sevare ce soir, pas d'attaque, rien a signaler").category
        == "other"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Je suis mort de rire, mdr",
        "Les joueurs etaient morts de fatigue apres la finale",
        "Le concert etait une bombe hier soir",
        "I am dying of laughter watching this",
    ],
)
def test_figures_of_speech_are_not_incidents(text):
    assert triage(text).category == "other"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Attaque pendant le concert a Djibo, des tirs", "attack"),
        ("une bombe a explose pres du marche de Boni", "explosive"),
    ],
)
def test_the_same_words_said_plainly_still_alert(text, category):
    result = triage(text)
    assert (result.category, result.urgent) == (category, True)


@pytest.mark.parametrize(
    "text",
    [
        # words that merely begin like a stem (vide, tire, attaq, culture)
        "Regarde la video que je t'ai envoyé hier",
        "I'm so tired after the trip, call you tomorrow",
        "L'attaquant des Aigles a marqué deux buts ce soir",
        "Le tirage de la tombola est demain au centre culturel",
        # sport and festivities
        "Tirs au but ce soir au stade, on a gagné",
        "Demain il y aura des feux d'artifice pour la fête de l'indépendance",
        # a setting without an event: school, market, harvest, herd, motorbike
        "La fête de fin d'année de l'école aura lieu le 25 juin",
        "Le marché hebdomadaire de Konna est samedi, on y va ensemble",
        "La récolte de riz est bonne cette année grâce à Dieu",
        "Baba a acheté trois moutons pour la Tabaski",
        "Tu peux me prêter ta moto demain pour aller au champ?",
    ],
)
def test_everyday_words_that_look_like_incidents_are_not(text):
    assert triage(text).category == "other"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same settings as the everyday messages above, with an event
        ("l'ecole de Boni est fermee depuis lundi", "service_disruption"),
        ("pas de medecin au CSCOM de Mougna depuis 2 semaines", "service_disruption"),
        ("sugu ma kɛ Fatoma bi", "service_disruption"),
        ("on a vole 30 moutons a Dinangourou cette nuit", "cattle_theft"),
        ("hommes armes a moto vers Boni ce matin", "armed_presence"),
        ("le village s'est vidé, les gens fuient vers Mopti", "displacement"),
        # one community's men against another's
        (
            "Dozo hunters attacked a Fulani hamlet near Koro, killing several residents",
            "intercommunal",
        ),
        ("affrontement entre Peuls et Dogons a Koro, 3 morts", "intercommunal"),
        # forces as the target, in English
        ("Militants stormed a VDP post in Seytenga, killing 6 volunteers", "attack"),
        # things taken by armed men: banditry, whoever holds the gun
        ("Gunmen robbed a gold miner of his motorbike near Gorom-Gorom", "banditry"),
        ("Armed men looted livestock from several villages in Oudalan", "cattle_theft"),
        ("Gendarmes intercepted a truck carrying weapons near the Niger border", "trafficking"),
    ],
)
def test_events_in_settings_and_english_notes(text, category):
    assert triage(text).category == category


def test_past_events_are_not_urgent():
    result = triage("l'enlevement du maire de Boni, c'etait il y a deux mois, toujours pas libere")
    assert result.category == "kidnapping" and not result.urgent


def test_structured_focal_point_syntax():
    result = triage("ALERTE VOL BETAIL Dinangourou 40 boeufs ce matin")
    assert result.category == "cattle_theft" and result.admin_pcode == "ML050705"


def test_forces_attacked_is_an_attack_not_a_complaint():
    assert (
        triage("Attaque contre le poste des militaires a Boulkessi, 4 soldats tues").category
        == "attack"
    )


def test_forces_hurting_civilians_is_a_complaint():
    text = "Les militaires ont ligoté et frappé 3 bergers a Nampala ce matin"
    assert triage(text).category == "security_forces_abuse"


# -- casualties --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("attaque a Boni: 4 morts et 2 blessés", 4, 2),
        ("trois personnes tuées, pas de blessé", 3, 0),
        ("ils ont tué 12 vaches", None, None),
        ("mɔgɔ saba faga ra, mɔgɔ naani joginna", 3, 4),
        ("two people killed and five wounded near Djibo", 2, 5),
        ("un homme a été abattu devant la mosquée", 1, None),
        ("deux femmes sur une mine: une est morte, l'autre blessée", 1, 1),
        # Songhay: "i na … wi" (they killed), "hunkuna" is today, not a death
        ("Fofo. Tera: i na alboro hinka wi cin", 2, None),
        ("Fofo. Baani no Gao hunkuna", None, None),
        # Fulfulde: one man killed; goats ("be'i") dying count nobody
        ("Ɓe mbari gorko gooto e laawol Djibo", 1, None),
        ("Ñawu naati be'i ka Dori, be'i 30 maayi", None, None),
        ("mɔgɔ saba salen, mɔgɔ fila jogira", 3, 2),
        # each number with its own word
        ("an IED hit a truck near Djibo, 1 driver killed, 2 wounded", 1, 2),
        ("three soldiers were killed and six wounded near Arbinda", 3, 6),
        ("le paludisme tue les enfants a Sio", None, None),  # how many, nobody said
        ("personne n est mort mais ils ont emporte 3 femmes de Sio", 0, None),
        ("les VDP ont arrete 3 commercants et les ont executes a Sio", 3, None),
        ("trois jeunes de Sio ont ete tues au champ", 3, None),  # auxiliaries skipped
        ("the driver and his son were killed near Sio", 2, None),
        ("le 14 novembre un berger a ete tue a Sio", 1, None),  # a date, one herder
        ("On July 15, a civilian was wounded near Sio", None, 1),
        ("3 deaths from cholera this week", 3, None),
        ("robbers took the phones, nobody hurt", None, 0),
    ],
)
def test_casualties(text, dead, injured):
    assert casualties(text) == (dead, injured)


def test_a_general_strike_kills_nobody() -> None:
    result = triage("journée ville morte à Gao, boutiques fermées")
    assert (result.category, result.dead, result.urgent) == ("service_disruption", None, False)


# -- places --------------------------------------------------------------------------
def test_misspelt_commune_resolves():
    result = triage("attaque a ouatagouna ce matin")
    assert result.admin_pcode == "ML070204"


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("les 3 otages de Sio ont ete liberes ce matin, ils sont en bonne sante", False),
        ("the hostages taken in Sio were freed this morning", False),
        ("les otages de Sio ne sont pas encore liberes, les ravisseurs demandent une rancon", True),
        ("mon frere enleve hier a Sio, ils demandent 2 millions pour le liberer", True),
    ],
)
def test_hostages_set_free_are_no_emergency(text: str, urgent: bool) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("kidnapping", urgent)


def test_french_ni_ni_is_no_bambara() -> None:
    text = "plus de 200 menages sont arrives a Sio, ils n ont ni eau ni nourriture"
    assert triage(text).lang == "fr"
    # Bambara plurals in "-w" the word list lacks still make French mixed
    text = "slt les misiw des peuls sont dans les champs de mil a Sio, les cikɛlaw sont faches"
    assert triage(text).lang == "mixed"


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("attaque a Sio ce matin, 3 morts et des blesses", 3, None),
        ("on a abattu un vieux baobab qui menacait l ecole de Sio", None, None),  # a tree
        # people listed, each counted; a count that belongs to the next casualty word; the
        # sentence's people a clause away
        ("attaque a Sio, deux femmes et un enfant tues, quatre blesses", 3, 4),
        ("les assaillants ont tue le chef, son fils et son neveu a Sio", 3, None),
        ("embuscade sur la route de Sio: le chauffeur tue, 3 passagers blesses", 1, 3),
        ("les deux freres enleves a Sio ont ete retrouves morts", 2, None),
        ("des bandits ont tue 2 commercants a Sio et pris 5000 f", 2, None),  # not 5000 dead
        ("Les bandits ont pris 2 motos a Sio et ont blesse un des proprietaires", None, 1),
        ("mine a Sio, le chauffeur et son apprenti sont morts", 2, None),
        # lists told with a possessive, a state or a name
        ("Explosion d'une mine à Sio: le conducteur et ses deux apprentis sont morts", 3, None),
        ("Une femme enceinte et son bébé sont morts faute d'ambulance à Sio", 2, None),
        ("Le vieux Bocar et ses trois fils ont été tués cette nuit à Sio", 4, None),
        ("Les jihadistes ont exécuté le maire de Sio et son adjoint", 2, None),
        ("On compte une quinzaine de morts après l'attaque du village de Sio", 15, None),
        ("attaque a Sio, trois femmes, deux enfants tues", 5, None),
        # a kin's quality between "son" and the kin: the old man and his grandson, two
        ("les hommes armes ont tue un vieux et son petit fils a Sio cette nuit", 2, None),
        ("un vieux et son petit-fils ont ete tues a Sio", 2, None),
        ("A Sio on vient d abattre le vieux Hamidou devant la mosquee", 1, None),
        ("VOL BETAIL Sio 50 boeufs 1 berger blesse par balle", None, 1),  # the herder
        ("personne n a ete blesse lors de l explosion au marche de Sio", None, 0),
        ("les policiers de Sio ont casse le bras d un conducteur", None, 1),
        ("un enfant a ramasse un objet qui a explose a Sio, il saigne beaucoup", None, 1),
        ("attaque contre les VDP de Sio ce matin, bilan 6 VDP tombes", 6, None),  # fallen
        ("Two civilians were killed and a third injured when a vehicle hit an IED", 2, 1),
        ("Ils n ont tue personne mais ils ont frappe le chef de village de Sio", 0, None),
        ("embuscade pres de Sio, le chauffeur et deux passagers sont morts", 3, None),
        (
            "un engin a explose a Sio, le conducteur est mort et son fils est gravement blesse. "
            "Les gens ont peur.",
            1,
            1,
        ),  # "les" starts a sentence, not the object
        ("des individus ont incendie trois greniers a Sio, aucune perte en vie humaine", 0, None),
        ("des coupeurs de route ont braque un camion a Sio, personne blesse", None, 0),
        ("une personne blessee par balle a Sio", None, 1),
        (
            "une mine a explose sous un camion a Sio, le chauffeur et l apprenti sont blesses",
            None,
            2,
        ),
        ("Marifatigiw ye Sio dugutigi faga kunu su", 1, None),  # Bambara: the chief killed
        ("Une femme et son bebe ont ete blesses par une balle perdue a Sio", None, 2),
        (
            "Around 300 cattle were rustled near Sio on Tuesday night; no injuries reported.",
            None,
            0,
        ),
        (
            "Les Peuls accusent ceux de Sio d avoir tue leur berger, les deux villages se menacent",
            1,
            None,
        ),  # two villages are no count of the dead
        ("Les jihadistes ont tue 15 boeufs et 2 bergers a Sio", 2, None),  # not slaughter
        ("Mɔgɔ duuru sara Sio kɔrɔn fɛ, mɔgɔ tan jogira", 5, 10),  # Bambara: died, wounded
        # a threat: nobody is dead yet
        ("les terroristes disent que quiconque parle aux FAMa a Sio sera tue", None, None),
        ("il a failli etre tue par des bandits a Sio", None, None),
        ("ya 1 bonbe ki a eclaté o marché de Sio, bcp de blessé", None, None),  # 1 bomb
        # the companions killed with the one named, a complement between the people
        (
            "Le chef de poste de Sio a ete tue dans une embuscade ce matin avec 2 de ses hommes",
            3,
            None,
        ),
        ("La nuit derniere, des inconnus ont tue le chef de village de Sio et son fils", 2, None),
        ("Les eleveurs de Sio disent que les FAMa ont tue 7 de leurs boeufs", None, None),
        ("Attaque a Sio cette nuit: 2 morts et 40 boeufs emportes", 2, None),
        ("Bilan de l attaque de Sio: 7 personnes et 100 animaux tues", 7, None),
        ("La mine a tue un ane et blesse son proprietaire pres de Sio", None, 1),
        ("About 50 cattle were stolen near Sio last night. No one was hurt.", None, 0),
        ("Robbers stopped a bus near Sio last night. The driver was shot in the leg.", None, 1),
        ("VDP beat a young man in Sio market yesterday, he is in hospital", None, 1),
        (
            "Epidemie de fievre aphteuse a Sio: 100 animaux malades, 20 morts. Les eleveurs"
            " demandent des vaccins.",
            None,
            None,
        ),  # the herd's dead, then the herders
    ],
)
def test_counts_belong_to_their_own_word(text: str, dead: int | None, injured: int | None):
    result = triage(text)
    assert (result.dead, result.injured) == (dead, injured)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Bambara's "la" and "cɛ" are no French "la" and "ce"
        ("marifatigiw caman bɛ sira kan Niono ni Sio cɛ, u bɛ mobiliw jɔ", "bm"),
        ("marifaw bɛ feere Sio sugu la dogo la", "bm"),
        ("i ni ce, an bɛ hɛrɛ la Sio, foyi ma kɛ", "bm"),
        # French grammar with one Bambara word French never uses: code-switching
        ("lakoli datugura a Sio parce que les karamogow ne sont pas payes", "mixed"),
        ("dɔgɔtɔrɔ n est plus au CSCOM de Sio depuis 2 mois, les malades vont a Mopti", "mixed"),
        # one French function word and French words of the French sample: mixed
        ("sonw ye an ka moto ta sira kan Sio, u ye wari fana ta, les bandits etaient 3", "mixed"),
        # a Bambara message ending on French news words
        ("dozow ni fulaw bɛ kɛlɛ la Sio, des blessés", "mixed"),
        ("sanji ye so 12 ci Sofara, pas de mort", "mixed"),
        ("jihadistes bɛ Sio sugu la sisan, ils prechent", "mixed"),
    ],
)
def test_bambara_postpositions_are_not_french(text: str, lang: str) -> None:
    assert triage(text).lang == lang


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # communities in the Bambara plural; fighting now
        ("Fulaw ni Dogonw be kele la Sio sisan, u be marifa ci", "intercommunal", True),
        # soldiers who caught four young men and beat them: taken, urgent
        ("Sorodasiw ye kamalen naani minɛ Sio sugu la, u ye u gosi", "security_forces_abuse", True),
        # "kɛlɛ si tɛ yan": no fighting here — peace
        ("Dugutigi ko hɛrɛ bɛ Sio, kɛlɛ si tɛ yan", "other", False),
        # beating people as the person writes; a clinic whose doctor fled; militia and
        # community fighting; a device that "pɛrɛnna" (exploded)
        ("Sio: marifatigiw donna dugu kɔnɔ sisan, u bɛ mɔgɔw gosi", "attack", True),
        ("Sio dɔgɔtɔrɔso tɛ baara kɛ tugun, dɔgɔtɔrɔ bolila", "service_disruption", False),
        ("Dozow ni Fulaw bɛ kɛlɛ la Sio kɔfɛ sisan", "intercommunal", True),
        ("Sio dugu la, fɛn dɔ pɛrɛnna sira kan, mɔgɔ naani jogira", "explosive", True),
        # the village left for Mopti, afraid of the armed men: a cause
        ("Dugu bɛɛ bɔra Sio ka taa Mopti, u siranna marifatigiw ɲɛ", "displacement", None),
    ],
)
def test_bambara_negation_fear_and_communities(text: str, category: str, urgent: bool | None):
    result = triage(text)
    assert result.category == category
    assert urgent is None or result.urgent is urgent
    assert "Dogonw" not in result.places


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("svp ils tir partou ici Sio", "attack"),
        ("on a 2 bléssé grave ici envoyé ambulanc", "attack"),  # hurt, the incident unnamed
        ("ils ont pri le maitre d ecol ce soir", "kidnapping"),
        ("feu ds le village", "attack"),
        ("jihadist o marché Sio mtn il pren les gens", "kidnapping"),
        ("eau partou Sio maison tombé", "natural_hazard"),
        ("2 corp trouvé au bord de la route Sio", "attack"),
        ("il son la encor", "armed_presence"),  # "il son": "ils sont"
    ],
)
def test_terse_night_sms_spelt_by_ear_are_urgent(text: str, category: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, True)


def test_a_child_hurt_by_a_device_he_picked_up_is_an_explosive_report() -> None:
    text = "Sio: un enfant blesse par un engin qu il a ramasse en brousse, evacue au CSRef"
    assert triage(text).category == "explosive"


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # hunting, said to be no attack
        (
            "Ce n est pas une attaque, ce sont des chasseurs qui tirent sur des pintades pres de "
            "Sio",
            "other",
            False,
        ),
        # an attack of two years ago: what it left is the news
        (
            "Il y a deux ans les jihadistes avaient brule l ecole de Sio, aujourd hui les enfants "
            "n ont toujours pas de classe",
            "service_disruption",
            False,
        ),
        # the announced attack "n'a pas eu lieu": denied after its word
        (
            "L attaque annoncee contre Sio n a pas eu lieu, les gens sont rentres chez eux",
            "other",
            False,
        ),
        ("Le marche de Sio n a pas eu lieu ce dimanche", "service_disruption", False),
        # "n'ont tué personne": nobody killed, the phone taken is the news
        (
            "Ils n ont tue personne mais ils ont frappe le chef de village de Sio et ils ont pris "
            "son telephone",
            "banditry",
            False,
        ),
        # an abduction as the start of a closure; a disappearance denied
        (
            "Mes enfants ne vont plus a l ecole de Sio depuis qu un enseignant a ete enleve la "
            "semaine passee",
            "service_disruption",
            False,
        ),
        (
            "Personne n a ete enleve, le jeune qu on croyait disparu etait chez son oncle a Sio",
            "other",
            False,
        ),
        # follow-ups: the attackers fled, stolen animals found, a captivity going on
        ("Merci, les militaires sont arrives a Sio, les assaillants ont fui", "other", False),
        (
            "Les animaux voles a Sio la semaine passee ont ete retrouves a la foire de Boni",
            "other",
            False,
        ),
        (
            "Toujours pas de nouvelles du commercant enleve a Sio il y a une semaine, la famille "
            "a recu un appel demandant une rancon",
            "kidnapping",
            True,
        ),
    ],
)
def test_denials_and_contrasts(text: str, category: str, urgent: bool) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


def test_bambara_people_leaving_for_a_town_flee() -> None:
    result = triage("mɔgɔ caman bɔra Sio ka taa Niono, u ko kɛlɛ bɛ na")
    assert result.category == "displacement"


def test_a_cry_for_help_goes_first_in_the_intake_queue() -> None:
    assert alarming("a l aide Sio")
    assert alarming("Sio les gens courent partout")
    assert not alarming("bonne nuit a tous")


def test_the_abducted_found_dead_were_killed() -> None:
    assert triage("les deux freres enleves a Sio ont ete retrouves morts").category == "attack"


def test_a_songhay_word_is_no_place() -> None:
    text = "Fofo. Borey boobo kaa Tera, i fun Gotheye koyrey, i sinda nwaari"
    assert triage(text).places == ("Tera", "Gotheye")


def test_places_are_returned_as_written():
    result = resolve("Armed men seen between Douentza and Boni this morning")
    assert set(result.places) == {"Douentza", "Boni"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town whose name is also a Bambara word, opening a French sentence or a heading
        ("Koro les jeunes ont bloque la route", "Koro"),
        ("Koro: 3 hommes armes vus au marche", "Koro"),
        # a misspelt commune opening the message (Ouonkoro, Tenenkou)
        ("Ouenkoro, on signale des motos", "Ouenkoro"),
        ("Teninkou apres l attaque de mardi", "Teninkou"),
        # a focal point's two words: the place, then the incident
        ("Koro tirs", "Koro"),
        ("Koro enlevement 2 bergers", "Koro"),
    ],
)
def test_a_place_opening_the_message(text: str, place: str) -> None:
    assert resolve(text).places == (place,)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the article elided before a name that starts with a vowel
        ("Le fleuve a envahi le quartier bas d'Ansongo", ("Ansongo",)),
        ("des motos vues près d'Ouallam ce soir", ("Ouallam",)),
        ("la route d'Arbinda est coupée jusqu'à Dori", ("Arbinda", "Dori")),
        ("sur l'axe d'Ansongo-Ménaka", ("Ansongo", "Ménaka")),
        # English's possessive: the place's, and its river quarters are no river's name
        ("Floods in Niamey's river quarters this morning", ("Niamey",)),
        ("Floods in Niamey’s river quarters this morning", ("Niamey",)),
        ("the Bani river flooded the fields", ()),
        # the writer introduced by name, from a place
        ("slt c Oumar de Sio, ya des tirs", ("Sio",)),
        ("c'est Awa de Kona ici", ("Kona",)),
        ("ALERTE VOL MOTO Sévaré hier", ("Sévaré",)),
    ],
)
def test_a_place_after_an_elided_article(text: str, places: tuple) -> None:
    assert resolve(text).places == places


def test_a_bambara_word_opening_bambara_text_is_no_place() -> None:
    assert resolve("Kɔrɔ ye a fɔ ko sugu ma kɛ").places == ()
    assert resolve("Yimɓe ngari Boni jooni, ɓe ngoni ka mawnde").places == ("Boni",)
    assert resolve("les deplaces de Mopti ont faim, kɔngɔ bɛ u la").places == ("Mopti",)
    assert resolve("the Bani river overflowed near Mopti").places == ("Mopti",)
    assert resolve("pres du fleuve Bani a Mopti").places == ("Mopti",)
    assert resolve("la crue du Bani a inonde les champs de Sofara").places == ("Sofara",)
    assert resolve("des gens armes au marigot de Nampala").places == ("Nampala",)


def test_the_animals_of_a_herder_who_are_not_back_are_no_abduction() -> None:
    assert triage("les chevres du berger ne sont pas revenues a Sio").category != "kidnapping"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Dire: ils ont mis le feu au camion", ("Dire",)),  # the heading, a French word
        # a name the gazetteer has only as Koulogon Habé / Koulogon-Peulh
        ("Koulogon ya eu 1 mort par balle", ("Koulogon",)),
        ("attaque a Koulogon Peulh", ("Koulogon Peulh",)),
        ("militants killed members of the Ibichilam Tuareg community in Beiga", ("Beiga",)),
        # a commune's town in lower case; short names that are everyday words
        ("gao attaque du camp ce matin", ("gao",)),
        ("attaque a sio ce matin", ("sio",)),
        ("tirs a boni ce matin", ("boni",)),  # a seat's short name after "à"
        ("Inates: les populations signalent des hommes armes", ("Inates",)),  # a heading
        ("une bande armee a pris 300 bovins pres de Sio", ("Sio",)),  # "bande": a gang
        ("Salut Tabale, c est Moussa de Kona, je teste le numero", ("Kona",)),  # a name
        ("le troupeau de la famille Diallo pres de Sio", ("Sio",)),  # a surname
        ("Les agriculteurs de Sio ont barre le passage des animaux", ("Sio",)),
        ("on a des boni ce mois", ()),
        ("they say it is fine", ()),
        ("on regarde la tele a Konna", ("Konna",)),
        # a form's fields; the reporting acronym for unidentified armed men
        ("Provenance: Yoro\nDestination: Koro\nEffectif: 150 menages", ("Yoro", "Koro")),
        # capitals say nothing in a shouted message
        ("ALERTE ECOLE FERMEE Dangol-Bore", ("Dangol-Bore",)),
        ("ATTAQUE EN COURS A DJIBO", ("DJIBO",)),
        # a coded head in capitals: its French words are no misspelt villages
        ("SIGNAL ECOLE FERMEE Ouenkoro 2eme semaine", ("Ouenkoro",)),
        ("ECOLE FERMEE Sokolo depuis la rentree", ("Sokolo",)),
        # a community's name is no place, even where a hamlet bears it
        ("Les Bellas accusent les Touaregs de Ber", ("Ber",)),
        ("the Mossi and Foulse communities attacked the Fulani in Bourzanga", ("Bourzanga",)),
        # everyday Sahel French that is also a hamlet, in lower case
        ("un camion bache decharge des caisses derriere le marche de Lere", ("Lere",)),
        ("vingt maisons en banco sont tombees a Ansongo", ("Ansongo",)),
        ("attaque a Banco ce matin", ("Banco",)),
        ("de l essence venue du Nigeria au marche de Sio", ("Sio",)),  # a country
    ],
)
def test_headings_and_names_with_a_community_word(text: str, places: tuple) -> None:
    assert resolve(text).places == places


def test_homonym_is_settled_by_the_other_places():
    near_douentza = resolve("bandits entre Boni et Douentza")
    assert near_douentza.place is not None
    assert "ML0506" in _ancestry(near_douentza.place.pcode)


@pytest.mark.parametrize(
    ("text", "cercle"),
    [
        ("attaque a Boni ce matin", "ML0506"),  # Boni, seat of Haïré (Douentza)
        ("vol de boeufs a Kona pres de Konna", "ML0503"),  # not a Kona of Sikasso
        ("attaque a Sofara", "ML0505"),  # Djenné's, not Kayes's: where Tabalé works
        # towns that are seats in GeoNames (PPLA), not villages of the same name
        ("attaque a Dori", "BF5602"),  # Seno, not Dori Yagha
        ("attaque a Kaya", "BF4903"),  # Sanmatenga, not a Kaya of Mali
        ("attaque a Gorom-Gorom", "BF5601"),  # Oudalan
    ],
)
def test_a_lone_homonym_is_the_seat_or_the_one_where_tabale_works(text: str, cercle: str):
    place = resolve(text).place
    assert place is not None
    assert cercle in _ancestry(place.pcode)


@pytest.mark.parametrize(
    ("text", "pcode"),
    [
        ("Nuées de criquets sur les champs de Nioro du Sahel depuis hier", "ML0106"),
        ("Armed men attacked a village near Timbuktu last night", "ML0601"),
        ("des hommes armes ont encercle Anefis ce matin", "ML080101"),
        ("attaque a In-Tillit cette nuit", "ML070105"),
    ],
)
def test_common_names_the_sources_spell_otherwise(text: str, pcode: str) -> None:
    place = resolve(text).place
    assert place is not None and place.pcode == pcode


@pytest.mark.parametrize(
    ("text", "pcode"),
    [
        ("attaque dans la region de Gao", "ML07"),
        ("Motorbike ban extended in the Tillaberi region", "NE006"),
        ("la commune de Mopti est inondee", "ML050109"),
        # the region named is wider than the cercle the displaced reached: the report's place
        ("Displaced families from the Timbuktu region keep arriving in Mopti", "ML0501"),
        ("attaque a Gao ce matin", "ML0701"),  # no level said: the cercle, as before
    ],
)
def test_the_level_a_report_gives_a_name(text: str, pcode: str) -> None:
    place = resolve(text).place
    assert place is not None and place.pcode == pcode


def test_previous_area_settles_a_lone_homonym():
    plain = resolve("attaque a Boni").place
    assert plain is not None
    hinted = resolve("attaque a Boni", last_area_pcode="ML0506").place
    assert "ML0506" in _ancestry(hinted.pcode)


def test_whatsapp_location_resolves_to_its_commune():
    result = triage("", reporter_context=ReporterContext(latitude=14.3434, longitude=-3.6097))
    assert result.admin_pcode == "ML050201"


def test_location_in_burkina_faso_resolves_to_a_province():
    result = triage("", reporter_context=ReporterContext(latitude=14.1, longitude=-1.63))
    assert result.admin_pcode == "BF5603"  # Soum


def test_unknown_place_asks_for_review():
    result = triage("attaque en cours, ils tirent partout")
    assert result.admin_pcode is None and "no_place" in result.review_reasons


def _ancestry(pcode: str) -> list[str]:
    out = []
    place = gazetteer.by_pcode(pcode)
    while place is not None:
        out.append(place.pcode)
        place = gazetteer.by_pcode(place.parent_pcode) if place.parent_pcode else None
    return out


def test_a_spelling_added_in_the_panel_is_understood(db, session):
    from sqlalchemy import select

    from models import Area, AreaAlias
    from triage import panel_names

    commune = session.scalar(select(Area).where(Area.pcode == "ML050613"))  # Mondoro
    session.add(AreaAlias(area_id=commune.id, alias="Mondorro-Peulh"))
    session.flush()
    panel_names.load(session)
    assert triage("hommes armes vus a Mondorro-Peulh ce matin").admin_pcode == "ML050613"


def test_a_spelling_added_by_another_process_is_picked_up(db, session):
    """Another web process saved the spelling: this one reloads on its next check."""
    from sqlalchemy import select

    from models import Area, AreaAlias
    from triage import panel_names

    panel_names.load(session)
    assert triage("hommes armes vus a Ndoupa-Sare ce matin").admin_pcode != "ML050613"
    commune = session.scalar(select(Area).where(Area.pcode == "ML050613"))  # Mondoro
    session.add(AreaAlias(area_id=commune.id, alias="Ndoupa-Sare"))
    session.flush()
    assert panel_names.refresh(session, every=0)
    assert triage("hommes armes vus a Ndoupa-Sare ce matin").admin_pcode == "ML050613"
    assert not panel_names.refresh(session, every=0)  # nothing changed since

    session.delete(session.scalar(select(AreaAlias).where(AreaAlias.alias == "Ndoupa-Sare")))
    session.flush()
    assert panel_names.refresh(session, every=0)
    assert triage("hommes armes vus a Ndoupa-Sare ce matin").admin_pcode != "ML050613"


# -- hard cases ---------------------------------------------------------------------
def test_rumour_is_alerted_but_flagged_for_verification():
    result = triage("On dit que des hommes armés sont arrivés à Boni cette nuit, pas confirmé")
    assert result.category == "armed_presence" and result.urgent
    assert "rumour" in result.review_reasons and result.confidence <= 0.4


@pytest.mark.parametrize(
    ("text", "category", "dead"),
    [
        ("les gens de la brousse sont passés à Mondoro, ils ont tout pris", "armed_presence", None),
        ("le maire de Sio a été rappelé à Dieu après l'attaque de cette nuit", "attack", 1),
    ],
)
def test_euphemisms(text, category, dead):
    result = triage(text)
    assert result.category == category and result.dead == dead


def test_two_incidents_take_the_most_serious():
    text = "vol de 10 chevres hier a Konna et ce matin une attaque au marche, 3 morts"
    result = triage(text)
    assert result.category == "attack" and result.urgent and result.dead == 3


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jam. Ɓe nanngi sukaaɓe tati ka wuro Dinangourou hanki jemma", "kidnapping"),
        ("Yimɓe kaɓɓuɓe e mooto ngari Boni jooni", "armed_presence"),
        ("Fofo. Sio: wongu sohõ, borey go ma zuru", "attack"),  # Songhay: fighting now
    ],
)
def test_fulfulde(text, category):
    result = triage(text)
    assert result.category == category and result.urgent
    assert result.lang in ("ff", "ses", "mixed")


def test_injury_to_the_head_is_a_person_not_cattle():
    assert casualties("la police a frappé un élève, il est blessé à la tête") == (None, 1)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("EXERCICE: attaque fictive a Konna, ne pas alerter", "other"),
        ("fete de bapteme a Sofara, les chasseurs tirent en l'air, pas de souci", "other"),
        ("des hommes armés ont tiré sur les invités du mariage a Sofara", "attack"),
        ("ma moto a été volée devant la mosquée de Niono", "banditry"),
        ("ils ont pris le troupeau et tué le berger a Mondoro", "attack"),
        ("on vend des munitions en cachette au marché de Douentza", "trafficking"),
    ],
)
def test_look_alikes(text, category):
    assert triage(text).category == category


def test_mixed_needs_a_word_of_each_language() -> None:
    """A French SMS the character model mistakes for Bambara is French, not mixed."""
    from triage.language import identify

    words = "des bandits ont pris la moto de mon frere a koro".split()
    assert identify(words, {"bm": 0.6, "fr": 0.3, "en": 0.1}, None)[0] == "fr"
    mixed = "des bandits ont pris la moto de mon frere kunu u taara".split()
    assert identify(mixed, {"bm": 0.6, "fr": 0.3, "en": 0.1}, None)[0] == "mixed"


def test_throats_cut_are_deaths_and_an_attack() -> None:
    result = triage("ils ont égorgé 2 bergers près de Dogo")
    assert result.category == "attack"
    assert result.dead == 2
    assert result.urgent


def test_animals_taken_away_are_stolen_not_abducted() -> None:
    assert triage("50 chèvres et 10 vaches enlevées hier").category == "cattle_theft"
    assert triage("2 commerçants enlevés sur la route").category == "kidnapping"
    assert triage("un berger et ses vaches enlevés ce matin").category == "kidnapping"


def test_a_military_camp_is_not_a_place_name() -> None:
    result = triage("mon frère est détenu au camp militaire de Sévaré sans jugement")
    assert [p.lower() for p in result.places] == ["sévaré"]


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("On est en train de voler nos vaches a Dioura, ils partent vers la brousse", True),
        ("ALERTE VOL BETAIL Sofara 30 boeufs emportes il y a 20 minutes", True),
        ("les voleurs ont pris 12 moutons a Dioura cette nuit", False),  # over: the digest
    ],
)
def test_animals_being_driven_off_now_are_urgent(text: str, urgent: bool) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("cattle_theft", urgent)


@pytest.mark.parametrize(
    "text",
    [
        "Conflit pour le champ a Sio, les deux familles ont pris les machettes, ca va degenerer",
        "dispute au puits de Ngouma entre bergers et paysans, risque de bagarre avec des armes",
    ],
)
def test_a_land_dispute_about_to_turn_violent_is_urgent(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("land_dispute", True)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # cows killed by farmers, the herder vowing revenge: violence within hours
        (
            "les cultivateurs de Sio ont tue 5 vaches d un eleveur peul qui etaient dans leur "
            "champ, l eleveur veut se venger",
            True,
        ),
        # revenge refused: the crops eaten are the news, for the digest
        (
            "les animaux ont mange le champ a Sio, le proprietaire ne veut pas de vengeance, on "
            "attend le chef",
            False,
        ),
    ],
)
def test_a_land_dispute_with_revenge_vowed_is_urgent(text: str, urgent: bool) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("land_dispute", urgent)


def test_a_land_dispute_without_violence_waits_for_the_digest() -> None:
    result = triage("les eleveurs refusent de payer les degats de champ a Sio depuis l hivernage")
    assert (result.category, result.urgent) == ("land_dispute", False)


def test_an_announced_attack_is_a_threat_from_armed_men_and_urgent() -> None:
    result = triage("les terroristes ont dit qu ils vont attaquer Nampala cette semaine")
    assert (result.category, result.urgent) == ("armed_presence", True)


def test_an_attack_done_and_another_announced_stays_an_attack() -> None:
    result = triage("ils ont attaque Dogo hier, 3 morts, et menacent d attaquer Nampala")
    assert result.category == "attack"


def test_a_disease_that_kills_is_a_hazard_not_an_attack() -> None:
    result = triage("la fievre jaune tue a Sio, 3 morts cette semaine, les gens ont peur")
    assert (result.category, result.dead, result.urgent) == ("natural_hazard", 3, True)


def test_sick_animals_are_a_hazard_not_a_theft() -> None:
    assert triage("maladie des animaux a Tenenkou, les moutons meurent").category == (
        "natural_hazard"
    )
    # "mortes" agrees with the cows, not with people; women killed still count
    result = triage("les vaches de Sio meurent d une maladie, deja 40 mortes cette semaine")
    assert (result.category, result.dead, result.urgent) == ("natural_hazard", None, False)
    assert triage("20 vaches emportees et 2 femmes tuees a Sio").dead == 2


def test_fulfulde_cattle_with_its_apostrophe_are_stolen() -> None:
    assert triage("wuyɓe njaggii na'i amen Dioura").category == "cattle_theft"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted two traders in Ayorou yesterday",
        "A mine exploded near the market of Djibo",
        # a person's English: pronouns, questions, everyday verbs
        "Please can you send us food, we have nothing since the rain",
        "where do I find the office to get my card?",
    ],
)
def test_short_english_notes_are_english(text: str) -> None:
    assert triage(text).lang == "en"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("atak a Bankass ce matin ya 2 mor", "attack"),  # SMS spellings of attack and dead
        ("mon cousin a ete porte disparu sur la route de Djibo depuis mardi", "kidnapping"),
        ("30 boeufs ont disparu de l enclos de Dioura cette nuit", "cattle_theft"),
        ("ils ont depouille les bergers de leurs moutons pres de Abala", "cattle_theft"),
        ("des pick-up sans plaques chargees de bidons passent a Tera", "trafficking"),
    ],
)
def test_spellings_and_words_for_what_happened(text: str, category: str) -> None:
    assert triage(text).category == category


def test_a_communitys_militia_beating_another_community_is_intercommunal() -> None:
    result = triage("les dozos ont ligote et frappe trois jeunes peuls au marche de Dioura")
    assert result.category == "intercommunal"


def test_soldiers_beating_people_stay_a_complaint_about_forces() -> None:
    result = triage("les militaires ont frappe trois jeunes peuls et dogons au poste de Sevare")
    assert result.category == "security_forces_abuse"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # goods taken by the forces themselves: a complaint, never a theft for the unit
        (
            "Je suis a Sio. Les militaires sont venus ce matin, ils ont regroupe les gens du "
            "marche et ont pris tous les telephones. Ils ont emmene deux jeunes vers le camp.",
            "security_forces_abuse",
        ),
        (
            "les gendarmes de Sio ont pris mon telephone et la moto sans raison",
            "security_forces_abuse",
        ),
        # a theft reported to the forces, robbers named after them: theft
        ("mon telephone a ete vole au marche de Sio, c est pour la police?", "banditry"),
        ("les militaires sont arrives a Sio puis les bandits ont pris les motos", "banditry"),
        # a sum asked to give goods back; a drunk soldier's threat; absent when called
        (
            "Les policiers du poste de Sio gardent les motos des gens et demandent 25000 pour "
            "les rendre",
            "security_forces_abuse",
        ),
        (
            "Un militaire ivre a menace les vendeuses du marche de Sio avec son arme",
            "security_forces_abuse",
        ),
        (
            "Les gendarmes ne sont jamais venus malgre nos appels quand les bandits etaient a Sio",
            "security_forces_abuse",
        ),
        # trafficking: people moved with promises of work, arms sold
        (
            "Un reseau fait passer des jeunes filles de Sio vers l Algerie, on leur promet du "
            "travail",
            "trafficking",
        ),
        ("Des armes venues de Libye sont vendues au marche de betail de Sio", "trafficking"),
    ],
)
def test_goods_taken_by_the_forces_are_a_complaint(text: str, category: str) -> None:
    assert triage(text).category == category


def test_plain_french_is_not_mixed() -> None:
    text = "les gendarmes de Sio ont pris mon telephone et la moto sans raison"
    assert triage(text).lang == "fr"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ils frappent les gens du village pour qu ils disent ou sont les militaires", "attack"),
        ("des jihadistes ont battu des bergers accuses d etre informateurs de l armee", "attack"),
        ("les terroristes ont dit que quiconque parle aux FAMa a Sio sera tue", "armed_presence"),
        ("des hommes armes ont enleve deux jeunes soupconnes de renseigner l armee", "kidnapping"),
        # the forces' own harm is still a complaint about them
        (
            "les militaires ont arrete et frappe des jeunes accuses de collaborer avec les "
            "terroristes",
            "security_forces_abuse",
        ),
    ],
)
def test_violence_against_people_said_to_help_the_forces_is_the_armed_mens(
    text: str, category: str
) -> None:
    # routing: a complaint about a unit never reaches it — these must
    assert triage(text).category == category


def test_an_epidemic_in_a_displacement_camp_is_a_hazard() -> None:
    result = triage("cholera au camp des deplaces de Kaya, 3 enfants morts depuis hier")
    assert (result.category, result.urgent) == ("natural_hazard", True)


@pytest.mark.parametrize(
    "text",
    [
        "reunion de paix a Youwarou samedi entre les chefs peuls et bozos",
        "fausse alerte a Dori: les coups de feu etaient des petards",
        "Aucune attaque a Mondoro depuis 2 semaines, les gens retournent aux champs",
        "Aucune attaque signalee a Boni ce mois, les gens reprennent les champs",
        # everyday mishaps and good news in incident words
        "Le car de Sio est tombe en panne a mi-chemin, les passagers ont dormi en brousse, tout "
        "le monde va bien",
        "Mon frere s est blesse a la main en coupant du bois, le CSCOM de Sio l a soigne",
        "le prix du sac de mil a explose au marche de Sio, 25000 le sac",
        "Les chasseurs de Sio ont tue un phacochere qui detruisait les champs",
        "un accident de moto sur la route de Sio, deux jeunes blesses transportes au CSCOM",
        "Les militaires ont fait une journee de consultation gratuite a Sio, beaucoup de malades "
        "soignes",
        "Le feu de la cuisine a brule une case a Sio, personne n etait dedans, les voisins ont "
        "eteint",
        "Nous avons capture le voleur de poules de Sio, il est chez le chef de village en "
        "attendant la gendarmerie",
        "la gendarmerie a recupere les 3 motos volees le mois passe a Sio et les a rendues aux "
        "proprietaires",
        "bonne arrivee aux nouveaux enseignants de Sio, l ecole a rouvert apres 2 ans de fermeture",
        "Mon voisin a frappe sa femme hier, les vieux ont regle ca en famille",
        "Je voudrais etre forme pour devenir relais communautaire a Sio, a qui m adresser?",
        # civic life: a protest with tyres burned, a court's arrest, shops shut in protest,
        # an old video going round
        "Les jeunes de Sio manifestent devant la mairie contre les coupures d electricite, ils "
        "ont brule des pneus",
        "Le maire de Sio a ete arrete par la justice pour detournement de fonds",
        "Les commercants de Sio ont ferme leurs boutiques pour protester contre les taxes",
        "Une video circule sur WhatsApp montrant une attaque a Sio mais c est une vieille video",
        "merci aux gendarmes de Sio qui ont arrete le voleur de motos hier",
        "un pere a retire son fils de l ecole de Sio pour l envoyer garder les animaux",
    ],
)
def test_news_that_is_not_an_incident(text: str) -> None:
    assert triage(text).category == "other"


def test_a_clinic_closed_while_the_injured_of_an_accident_wait_is_a_disruption() -> None:
    text = "CSCOM de Sio ferme alors que ya 3 blesses d un accident de moto qui attendent, venez"
    assert (triage(text).category, triage(text).urgent) == ("service_disruption", True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ALERTE CONFLIT CHAMP Sio eleveurs et cultivateurs", "land_dispute"),
        ("un drone a bombarde la foire de Dioura, plusieurs morts", "attack"),
        ("des femmes violees par des hommes armes pres de Diafarabe hier", "attack"),
        (
            "les militaires ont ouvert le feu sur des civils a Dialloube, 2 morts",
            "security_forces_abuse",
        ),
    ],
)
def test_more_incident_families(text: str, category: str) -> None:
    assert triage(text).category == category


def test_a_free_text_opening_is_not_read_as_the_structured_syntax() -> None:
    text = "conflit de champ hier a Kimparana et ce matin ils ont enleve le fils du chef"
    assert triage(text).category == "kidnapping"


def test_a_name_the_gazetteer_writes_as_one_word_is_found_when_split() -> None:
    result = triage("des hommes armes vus vers Sare Yamou ce matin")
    assert result.places == ("Sare Yamou",) and result.area_pcode is not None


def test_roles_and_wounds_are_not_places_and_sms_injuries_count() -> None:
    result = triage("ALERTE ATTAQUE Mondoro 4 mor 2 blese, le berger blesse par balle")
    assert result.places == ("Mondoro",)
    assert (result.dead, result.injured) == (4, 2)


@pytest.mark.parametrize(
    "text",
    [
        "le drone du mariage a filme toute la fete a Sevare",
        "mon fils n est pas revenu de l ecole a midi, il est chez sa tante",
        "mon telephone a disparu au marche de Djenne",
    ],
)
def test_everyday_uses_of_tonights_words_raise_no_urgent_alert(text: str) -> None:
    result = triage(text)
    assert not result.urgent and result.category not in ("attack", "kidnapping")


def test_bombarded_with_questions_is_no_airstrike_and_no_urgent_alert() -> None:
    # What is left of the sentence, "le maire a été … par les journalistes", the
    # model alone reads as an abduction (docs/triage.md); with no word naming an
    # event, that guess is not urgent unless the urgency model says so.
    result = triage("le maire a ete bombarde de questions par les journalistes a Mopti")
    assert result.category != "attack" and not result.urgent


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("Militants attacked the market of Arbinda, killing 5 civilians", 5, None),
        ("Soldiers allegedly executed 7 civilians in a village near Djibo", 7, None),
        ("An IED hit a convoy near Djibo, wounding 3 soldiers", None, 3),
        ("Gunmen killed the village chief of Djibo last night", 1, None),  # one person named
        ("A woman and her two children were injured by a stray bullet in Djibo", None, 3),
        ("A health worker was shot dead in front of the clinic in Djibo this morning", 1, None),
    ],
)
def test_english_notes_state_casualties_after_the_verb(text: str, dead, injured) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.lang, result.dead, result.injured) == ("en", dead, injured)


@pytest.mark.parametrize(
    "text",
    [
        "Jam. Les wuyɓe ont pris nos na'i ka Sio hande subaka",
        "Fofo, a Sio les borey armes sont venus au marche, ils ont pris l argent",
    ],
)
def test_french_with_fulfulde_or_songhay_words_is_mixed(text: str) -> None:
    assert triage(text).lang == "mixed"


@pytest.mark.parametrize(
    ("text", "category", "dead"),
    [
        # what a villager texts at 3 a.m.: few words, no incident named in full
        ("motos bcp ds la brousse derriere Sio", "armed_presence", None),
        ("Sio les gens courent partout", None, None),
        ("a Sio le chef est pris", "kidnapping", None),
        ("svp aidez nous Sio ya le feu partout dans le village", None, None),
        ("boum tres fort vers la route de Sio", "explosive", None),
        ("2 corps au bord de la route de Sio ce matin", "attack", 2),
        ("Sio les femmes et enfants se cachent dans les champs", "attack", None),
        ("urgent ils arrivent a Sio", "armed_presence", None),
        ("mogo caman ont quitte Sio pour aller a Macina, u ko marifatigiw bɛ na", None, None),
        ("Na'i ñaami gese ka Sio, remooɓe e aynaaɓe ena haɓa.", "land_dispute", None),
        ("Sio maisons en feu", "attack", None),
        ("ils emmenent les vaches de Sio vers la brousse", "cattle_theft", None),
        ("au secours Sio", None, None),  # a cry for help, no incident named
        ("on entend des armes lourdes vers Sio", "attack", None),
        ("le fleuve deborde a Sio", "natural_hazard", None),
        ("ils ont mis le feu au CSCOM de Sio", "attack", None),
        ("Sio ils tuent", "attack", None),
        ("gunshots Sio now", "attack", None),
        ("on a vu deux hommes poser un bidon sous le pont de Sio", "explosive", None),
        ("la digue de Sio va ceder, l eau monte dans le quartier", "natural_hazard", None),
        (
            "le troupeau de la famille Diallo est en train d etre emporte vers la foret de Sio",
            "cattle_theft",
            None,
        ),
    ],
)
def test_terse_alarms_are_urgent(text: str, category: str | None, dead: int | None) -> None:
    result = triage(text)
    assert result.urgent, result
    assert category is None or result.category == category, result
    assert result.dead == dead


@pytest.mark.parametrize(
    "text",
    [
        # everyday French that borrows the words of incidents
        "ma batterie est morte, je vous rappelle demain depuis Sio",
        "les eleves de Sio ont attaque leurs examens ce matin, bonne chance a eux",
        "le reseau de Tabale est une bombe, merci pour ce service",
        "Les chasseurs dozos ont fait une demonstration de danse a la fete de Sio",
        "ils ont tire au sort les equipes du tournoi de Sio",
        "l armee a construit un nouveau forage a Sio, les femmes sont contentes",
        "la radio a parle de l attaque de Menaka mais ici a Sio tout est normal",
        "les pluies sont enfin arrivees a Sio, les paysans commencent a semer",
        "le prix du carburant a Sio me tue, 1000 f le litre",
        "la chaleur est terrible a Sio, on meurt de chaud",
        "les deplaces de Sio ont organise un tournoi de foot pour la paix",
        "le ministre est venu a Sio avec beaucoup de militaires pour la ceremonie",
        "il faut enlever les ordures devant le marche de Sio, ca sent mauvais",
        "le vieux est mort hier a 90 ans a Sio, que la terre lui soit legere",
        "les militaires de Sio ont donne des kits scolaires aux enfants",
    ],
)
def test_everyday_french_with_incident_words_is_no_incident(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("other", False), result


def test_a_stolen_tractor_is_banditry_and_a_teaching_body_no_corpse() -> None:
    assert triage("un tracteur a ete vole a Sio la semaine derniere").category == "banditry"
    assert triage("le corps enseignant de Sio est en formation").category == "other"


def test_a_short_english_alert_is_english() -> None:
    assert triage("ALERT ATTACK Ayorou market 5 killed").lang == "en"


def test_english_people_who_fled_are_displaced() -> None:
    result = triage("About 2,000 people fled Solenzo to Dedougou after threats by armed men")
    assert (result.lang, result.category) == ("en", "displacement")


@pytest.mark.parametrize(
    "text",
    [
        "inondation a Konna, des gens sont sur les toits",  # trapped by water
        "le feu de brousse avance vers le village de Ngouma",  # a fire coming closer
        "bagarre entre peuls et dogons au puits de Sio, les machettes sont sorties",
        "les dogons ont brule des greniers peuls a Yoro, les peuls se regroupent",
    ],
)
def test_lives_at_risk_within_hours_are_urgent(text: str) -> None:
    assert triage(text).urgent


def test_a_killing_next_to_stolen_animals_still_counts_the_person() -> None:
    result = triage("ils ont pris les chevres et tue le berger pres de Dioura")
    assert (result.dead, result.category, result.urgent) == (1, "attack", True)
    assert triage("ils ont tue 3 boeufs pres de Dioura").dead is None  # animals, nobody


def test_a_death_in_a_field_is_an_attack_not_a_land_dispute() -> None:
    assert triage("un cultivateur abattu dans son champ a Sio").category == "attack"


def test_a_great_concert_is_not_a_bomb() -> None:
    assert triage("la soiree de samedi a Gao va etre une bombe").category == "other"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("les assaillants ont brule le marche de Tori cette nuit", "attack"),
        ("le maire de Sio est introuvable depuis mardi", "kidnapping"),
        ("vente d armes chaque dimanche au marche de Intahaka", "trafficking"),
        ("mogo fila minε ka taa Boni", "kidnapping"),  # a Greek epsilon for the Bambara ɛ
    ],
)
def test_attackers_missing_people_arms_sales_and_keyboard_letters(text, category) -> None:  # noqa: ANN001
    assert triage(text).category == category


def test_a_situation_that_could_explode_is_tension_not_a_device() -> None:
    result = triage("les peuls et les dogons de Sangha ne se parlent plus, ca peut exploser")
    assert result.category != "explosive"


def test_digits_glued_to_words_are_read_apart() -> None:
    assert normalise("attaque a 5h ya 2morts") == "attaque a 5 heure il y a 2 morts"
    result = triage("pick-up avec une mitrailleuse a l entree de Madiama depuis 1h")
    assert (result.category, result.urgent) == ("armed_presence", True)


@pytest.mark.parametrize(
    "text",
    [
        "des familles quittent Tori depuis l attaque de dimanche",
        "les femmes de Yoro dorment en brousse par peur des attaques",
    ],
)
def test_people_fleeing_an_attack_are_displaced(text: str) -> None:
    assert triage(text).category == "displacement"


def test_an_attack_and_people_fleeing_it_now_stays_an_attack() -> None:
    assert triage("attaque en cours a Tori, les gens fuient vers Bandiagara").category == "attack"


def test_solar_panels_stolen_from_a_clinic_are_a_theft_not_a_breakdown() -> None:
    assert triage("des voleurs ont emporte les panneaux solaires du cscom de Sio").category == (
        "banditry"
    )


def test_a_drought_at_the_wells_is_a_hazard_not_a_dispute_over_a_well() -> None:
    # beside words that clearly name an event, a setting (the wells) says less
    result = triage("secheresse a Dori, les puits sont vides et les chevres meurent")
    assert result.category == "natural_hazard"


@pytest.mark.parametrize(
    ("text", "category", "dead"),
    [
        ("les vols de motos continuent a Mopti", "banditry", None),
        ("trois pecheurs se sont noyes pres de Konna", "natural_hazard", 3),
        ("un homme poignarde au marche de Konna", "attack", None),
        ("5 passagers du car de Boni ne sont jamais arrives a Douentza", "kidnapping", None),
        ("le vieux chef de Sio est decede de maladie, paix a son ame", "other", None),
    ],
)
def test_plurals_drownings_stabbings_travellers_lost_and_natural_deaths(
    text, category, dead
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.dead) == (category, dead)


def test_a_mine_is_a_whole_word_not_the_start_of_a_minor_or_of_bambara_caught() -> None:
    assert triage("u minena Sofara kunu su").category == "kidnapping"  # bm: they were caught
    assert triage("un mineur a disparu a Mopti").category != "explosive"
    assert triage("la piste de Boni est minee").category == "explosive"


def test_young_farmers_taking_up_clubs_against_herders_is_an_urgent_land_dispute() -> None:
    # "pris des gourdins": weapons taken up, nothing stolen; "ça va chauffer": within hours
    result = triage(
        "les cultivateurs ont pris des gourdins contre les bergers qui ont laisse les vaches "
        "dans le mil a Sio, ca va chauffer"
    )
    assert (result.category, result.urgent) == ("land_dispute", True)


def test_more_than_a_number_is_a_quantity_not_a_negation() -> None:
    assert triage("plus de 300 menages sont arrives de Sio a Mopti").category == "displacement"
    assert triage("plus de medecin au cscom de Sio").category == "service_disruption"


def test_the_attackers_counted_after_par_are_not_the_dead() -> None:
    assert triage("le chef de village de Sio abattu par 2 hommes a moto").dead == 1
    assert triage("meurtre d un berger a Koro hier").dead == 1


def test_a_past_event_said_to_be_over_now_is_not_urgent() -> None:
    result = triage("l annee passee ils avaient enleve le maire de Sio, maintenant ca va")
    assert (result.category, result.urgent) == ("kidnapping", False)


def test_a_revenge_talk_after_a_killing_between_communities_is_urgent() -> None:
    result = triage("tension entre Dogons et Peuls a Koro, les jeunes parlent de vengeance")
    assert (result.category, result.urgent) == ("intercommunal", True)


def test_a_road_between_two_towns_names_both_but_a_compound_village_stays_one() -> None:
    assert triage("embuscade sur l axe Djibo-Arbinda").places == ("Djibo", "Arbinda")
    assert triage("attaque a Gorom-Gorom").places == ("Gorom-Gorom",)
    assert "Ouro" not in triage("des hommes armes a Kain-Ouro").places


def test_the_delta_pasture_and_an_angry_herder_are_not_places() -> None:
    assert triage("conflit de bourgou a Konna, les eleveurs sont fache").places == ("Konna",)


def test_nobody_taken_is_a_denial() -> None:
    assert triage("personne n a ete enleve a Sio").category == "other"


def test_a_killing_is_still_one_when_a_person_follows_the_verb() -> None:
    result = triage("les bandits ont tue le berger et 10 moutons a Sio")
    assert (result.category, result.dead) == ("attack", 1)


def test_a_capital_opening_a_sentence_is_not_taken_for_a_misspelt_village() -> None:
    assert triage("Sighting of armed men near Djibo").places == ("Djibo",)


def test_soldiers_killing_civilians_of_two_communities_is_a_complaint_about_forces() -> None:
    result = triage("les militaires ont execute 8 civils peuls et touaregs pres de Sio")
    assert result.category == "security_forces_abuse"


def test_a_phone_gone_is_no_person_gone() -> None:
    assert triage("mon telephone a disparu au marche de Sio").category != "kidnapping"


def test_a_murder_counts_the_people_it_names() -> None:
    assert triage("apres le meurtre de 3 dogons les chasseurs ont brule un campement").dead == 3


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        ("2 tues et plusieurs blesses dans une embuscade pres de Sio", 2, None),
        ("4 enfants sont morts en 2 jours a Sio", 4, None),
        ("embuscade sur la route de Sio vers 9h, des militaires blesses", None, None),
        ("la maladie tue toutes les poules a Sio", None, None),
        ("un blesse a Sio", None, 1),
    ],
)
def test_counts_are_not_times_articles_hours_or_poultry(text, dead, injured) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.dead, result.injured) == (dead, injured)


def test_fulfulde_n_tilde_reads_as_ny() -> None:
    assert normalise("Na'i ñaami gese") == normalise("nai nyaami gese")
    assert triage("Na'i ñaami gese ka Sio").category == "land_dispute"  # cows ate the fields


def test_bambara_fighting_is_not_the_start_of_one() -> None:
    assert triage("kɛlɛ bɛ Macina sisan").category == "attack"
    assert triage("misi kelen tununa Sio").category != "attack"  # one cow got lost


def test_a_deadly_clash_between_farmers_and_herders_stays_a_land_dispute() -> None:
    result = triage("affrontements entre agriculteurs et eleveurs a Sio, 2 morts et 5 blesses")
    assert (result.category, result.urgent, result.dead) == ("land_dispute", True, 2)
    assert triage("un berger tue dans un champ a Sio").category == "attack"  # one-sided


def test_death_threats_count_no_dead_and_an_armed_group_named_for_a_place_is_no_place() -> None:
    result = triage("menaces de mort contre le maire de Sio par la katiba Macina")
    assert (result.dead, result.places) == (None, ("Sio",))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("coup de feu entendu a Sio", "attack"),
        ("les gens fuient Sio on tire", "attack"),
        ("des blesses par balle arrivent au cscom de Sio", "attack"),
        ("yaa des gens arme ki rentre ds le vilage de Sio", "armed_presence"),
        ("les terro sont la", "armed_presence"),
    ],
)
def test_short_urgent_sms_are_urgent(text, category) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, True)


@pytest.mark.parametrize(
    "text",
    [
        "le film d action d hier soir etait trop bien, beaucoup de morts",
        "le chasseur a tue une biche dans la brousse de Sio",
        "les enfants jouent a la guerre avec des fusils en bois",
    ],
)
def test_films_hunting_and_childrens_games_raise_no_alert(text) -> None:  # noqa: ANN001
    result = triage(text)
    assert not result.urgent and result.category not in ("attack", "armed_presence")


def test_a_dated_past_outweighs_a_word_of_today() -> None:
    result = triage("il y a 3 ans les jihadistes ont attaque Sio, aujourd hui on reconstruit")
    assert (result.category, result.urgent) == ("attack", False)


def test_bambara_throughout_is_bambara_not_mixed() -> None:
    assert triage("mɔgɔ fila fagara Mopti sira kan kunu su, marifatigiw ye u bugɔ").lang == "bm"
    assert triage("marifatigiw sont la a cote du marche de Fatoma mtn").lang == "mixed"


def test_it_is_heating_up_between_communities_is_urgent() -> None:
    result = triage("les dogons accusent les peuls, ca chauffe au marche de Koro")
    assert (result.category, result.urgent) == ("intercommunal", True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("des inconnus ont ouvert le feu sur la foule a Sio", "attack"),
        ("le chauffeur a ete embarque par des hommes armes pres de Sio", "kidnapping"),
        ("des motos avec des bidons d essence passent vers Tessit la nuit", "trafficking"),
        ("les fortes pluies ont emporte le pont de Sio", "service_disruption"),
        ("the school of Sio has no staff since the attack", "service_disruption"),
        ("les policiers de Sio gardent les motos saisies", "security_forces_abuse"),
        ("les jeunes jouent au foot a Sio", "other"),
        ("on a tue un mouton pour le bapteme", "other"),
        ("fausse information: personne n a ete enleve a Sio", "other"),
        ("le maire adjoint de Sio a disparu depuis hier soir", "kidnapping"),
        ("des gens achetent des enfants pour les mines d or de Kidal", "trafficking"),
        ("Arms are being sold at the Sio market", "trafficking"),
        ("la patrouille a saccage les boutiques au marche de Sio", "security_forces_abuse"),
        ("le vent a arrache les toits de l ecole de Sio", "natural_hazard"),
        ("mon fils a eu son bac, on remercie Dieu", "other"),
        ("les prix des moutons ont explose avant la tabaski", "other"),
        ("les militaires ont distribue des vivres aux deplaces de Sio", "other"),
        ("un objet metallique enterre avec des fils electriques pres de Sio", "explosive"),
        ("le chef de village de Sio invite tout le monde a la reunion de vendredi", "other"),
        ("mon fils a ete attaque par un chien, il faut un vaccin", "other"),
        ("les jeunes ont tire les feux d artifice pour le nouvel an", "other"),
        ("Blocus impose par les GANE sur la ville de Djibo", "armed_presence"),
        (
            "Mouvement preventif de populations de Sio vers Mopti par crainte d attaques",
            "displacement",
        ),
        ("Reouverture du marche hebdomadaire de Boni apres 6 mois de fermeture", "other"),
        ("Signature d un accord de paix entre les communautes de Koro et de Sio", "other"),
        ("Menaces de mort contre le maire de Sio par des individus armes", "armed_presence"),
        ("Incendie volontaire de greniers dans le village de Sio", "attack"),
        ("Fuite massive des habitants de Sio suite a l ultimatum des GANE", "displacement"),
        ("tous les habitants de Sio sont partis a Douentza depuis les menaces", "displacement"),
        ("les bergers ont ete chasses du paturage de Sio par les jeunes", "land_dispute"),
        ("on signale des cas de charbon chez les animaux a Sio", "natural_hazard"),
        ("des hommes armes ont vole les vivres destines aux deplaces de Sio", "banditry"),
        ("combats entre groupes armes pres de Sio depuis ce matin", "attack"),
        ("ma tante est morte a l hopital de Mopti apres l accouchement", "other"),
        ("les ravisseurs du commercant de Sio demandent 10 millions", "kidnapping"),
        ("u ye dugutigi ka denkɛ minɛ Bankass kunu", "kidnapping"),  # bm: they caught
        ("la tension est retombee a Koro apres la rencontre des chefs", "other"),
        ("des individus armes rackettent les orpailleurs de Sio", "banditry"),
        ("l ecole de Sio a ete incendiee par des inconnus cette nuit", "attack"),
        ("le pont de Sio est casse, plus de transport", "service_disruption"),
        ("des hommes cagoules sont venus chercher le maire de Sio chez lui", "kidnapping"),
        ("les terroristes font du porte a porte a Sio et emmenent les jeunes", "kidnapping"),
        ("deflagration entendue ce matin sur l axe Konna Douentza", "explosive"),
        ("fusillade au marche de Niono, tout le monde court", "attack"),
    ],
)
def test_the_words_of_fresh_reports_name_their_incident(text, category) -> None:  # noqa: ANN001
    """Fire opened, people taken, fuel runs, washouts, an aftermath, a person gone,
    children sold, patrols, storms, wired objects, situation-report words, flight,
    pastures, anthrax, stolen food, fighting — and everyday life that is none."""
    assert triage(text).category == category


def test_a_body_found_is_a_killing_not_a_disappearance() -> None:
    result = triage("on a retrouve le corps du berger disparu depuis lundi pres de Sio")
    assert (result.category, result.urgent, result.dead) == ("attack", True, 1)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("des dizaines de familles fuient les combats a Menaka", "displacement"),
        ("le puits de Sio est dispute entre 2 fractions, ils ont sorti les fusils", "land_dispute"),
    ],
)
def test_people_fleeing_fighting_and_guns_drawn_over_a_well_are_urgent(text, category) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, True)


@pytest.mark.parametrize(
    ("text", "category", "injured"),
    [
        ("ils ont tabasse le chef de village de Sio et l ont laisse pour mort", "attack", 1),
        ("mon frere a recu une balle dans la jambe a Sio, il saigne beaucoup", "attack", 1),
    ],
)
def test_left_for_dead_and_shot_are_one_wounded_and_urgent(text, category, injured) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent, result.dead, result.injured) == (
        category, True, None, injured,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "l ennemi est a 5 km de Sio, les gens se cachent",
        "l eau du barrage a casse la digue, le quartier de Mopti est inonde",
    ],
)
def test_people_hiding_and_a_breached_dike_are_urgent(text) -> None:  # noqa: ANN001
    assert triage(text).urgent


def test_armed_men_named_where_the_writer_is_are_there_now_unless_gone() -> None:
    assert triage("des djihadiste o marché de Konna").urgent
    assert not triage(
        "les hommes armes qui etaient a Boni sont repartis la semaine derniere"
    ).urgent
    assert not triage("des tracts du groupe arme distribues au marche de Dori").urgent


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # animals that ate or grazed the crops: the land's quarrel, settled or not
        ("les vaches du berger ont mange le riz de mon oncle a Sio", "land_dispute", False),
        (
            "dispute entre un eleveur et un paysan a Sio, les moutons ont broute les jeunes "
            "pousses, le chef a calme tout le monde",
            "land_dispute",
            False,
        ),
        # a river over its banks is a flood, even with families sheltering in a school
        (
            "le fleuve a envahi les maisons de Sio, les familles dorment a l ecole",
            "natural_hazard",
            False,
        ),
        ("la riviere est sortie de son lit a Sio la nuit derniere", "natural_hazard", False),
    ],
)
def test_crops_eaten_and_a_river_out_of_its_bed(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


def test_herders_wounded_with_nothing_taken_is_an_attack() -> None:
    result = triage("des bandits ont abattu 8 chameaux et blesse 2 bergers pres de Sio")
    assert (result.category, result.urgent, result.dead, result.injured) == (
        "attack", True, None, 2,
    )  # fmt: skip
    # a herd driven off with a herder wounded stays the theft (its unit and focal point)
    assert triage("VOL BETAIL Sio 50 boeufs 1 berger blesse par balle").category == "cattle_theft"


def test_a_routine_check_with_nobody_taken_is_no_incident() -> None:
    result = triage(
        "Ils n ont enleve personne a Sio, c etait juste un controle d identite par les militaires"
    )
    assert (result.category, result.urgent) == ("other", False)


@pytest.mark.parametrize(
    "text",
    [
        "Le chef de village de Sio remercie les FAMa pour la patrouille de la semaine passee",
        "Les enfants de Sio sont rentres a l ecole ce matin, les enseignants sont revenus",
        "La vaccination des animaux commence lundi a Sio, amenez vos troupeaux",
    ],
)
def test_thanks_a_school_back_and_a_vaccination_campaign_are_no_incident(text) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == ("other", False)


def test_a_fight_over_a_plot_between_two_families_is_the_lands_quarrel() -> None:
    result = triage(
        "Affrontement entre deux familles pour une parcelle a Sio, la gendarmerie est venue"
    )
    assert result.category == "land_dispute"
    # a school closed by threats stays a disruption, herds driven off a theft
    assert triage("les ecoles de Sio sont fermees a cause des menaces").category == (
        "service_disruption"
    )


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # an armed group's rules and punishments: its hold on the place, for the digest
        (
            "Les jihadistes ont interdit la musique a Sio, ceux qui refusent seront fouettes",
            "armed_presence",
            False,
        ),
        (
            "Armed group imposed a curfew in Sio, no movement allowed after 6pm",
            "armed_presence",
            False,
        ),
        # ... unless the men are there now
        (
            "des hommes armes imposent le voile aux femmes au marche de Sio en ce moment",
            "armed_presence",
            True,
        ),
        # an armed group's levy on the herds is its presence, not a theft
        (
            "Zakat: les hommes de la brousse ont compte nos animaux a Sio et vont revenir "
            "prendre leur part",
            "armed_presence",
            False,
        ),
        # the market closed since it was attacked: the closure is the news
        (
            "Le marche de Sio est ferme depuis que les hommes armes l ont attaque la "
            "semaine passee",
            "service_disruption",
            False,
        ),
        # arrested by the forces and not seen since: a disappearance, urgent
        (
            "Les VDP de Sio ont arrete un jeune qu ils accusent d etre informateur, "
            "on l a plus revu",
            "security_forces_abuse",
            True,
        ),
    ],
)
def test_group_rules_levies_aftermaths_and_disappearances(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


def test_a_militia_holding_a_road_and_words_spelt_by_ear() -> None:
    result = triage("les dozos ont bloque la route de Sio depuis hier, personne ne passe")
    assert (result.category, result.urgent) == ("armed_presence", True)
    assert triage("les voleurs on pri nos 15 bef la nui passé a Sio").category == "cattle_theft"


def test_comes_from_a_town_is_not_just_happened() -> None:
    # "ne vient de Mopti": comes from; "viennent de traverser": just done
    assert triage("ils viennent de traverser le fleuve a Sio avec des armes").urgent
    result = triage(
        "Depuis trois jours aucun camion ne vient de Sio a cause des pluies, le marche est vide"
    )
    assert not result.urgent


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Une mine a tue 2 anes et blesse le charretier sur la piste de Sio", 1),
        ("les bandits ont blesse le marabout de Sio hier soir", 1),
    ],
)
def test_a_person_named_by_a_trade_after_the_verb_is_counted(text: str, injured: int) -> None:
    result = triage(text)
    assert (result.dead, result.injured) == (None, injured)


@pytest.mark.parametrize(
    ("text", "category", "dead"),
    [
        ("2 VDP sont tombes a Sio", "attack", 2),
        ("6 VDP tombes a Sio dans une embuscade", "attack", 6),
        (
            "Mon frere VDP est tombe hier a Sio dans une embuscade, on n a pas recupere le corps",
            "attack",
            1,
        ),
    ],
)
def test_the_forces_fallen_are_dead_and_were_attacked(text, category, dead) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent, result.dead) == (category, True, dead)
    assert triage("le soldat est tombe malade a Sio").dead is None


def test_an_attack_being_prepared_is_a_threat_and_a_release_with_thanks_no_complaint() -> None:
    result = triage("les hommes armes preparent une attaque contre Sio ce soir")
    assert (result.category, result.urgent) == ("armed_presence", True)
    result = triage(
        "Les gendarmes de Sio ont libere les jeunes arretes hier, merci pour votre aide"
    )
    assert result.category == "other"


def test_raiders_coming_back_tonight_are_urgent() -> None:
    result = triage(
        "A Sio les gens disent que les bandits reviennent ce soir pour prendre le reste"
    )
    assert result.urgent
    assert not triage("les bandits ont pris 20 boeufs a Sio la semaine passee").urgent


def test_boko_haram_is_no_village_and_unharmed_counts_nobody_hurt() -> None:
    result = triage("ALERTE Sio: Boko Haram a attaque le village, plusieurs morts")
    assert result.places == ("Sio",)
    assert triage("two vehicles stopped by armed men near Sio, staff unharmed").injured == 0
    # one said wounded, another unharmed: the wounded one is not overwritten with 0
    assert triage("le chauffeur est sain et sauf, l apprenti est blesse a Sio").injured == 1


def test_a_closure_since_a_killing_is_the_closure() -> None:
    result = triage("Le centre de sante de Sio n a plus d agents depuis que l infirmier a ete tue")
    assert (result.category, result.dead) == ("service_disruption", 1)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ji donna so caman na Sio, u binna", "natural_hazard"),  # the water came into houses
        ("Banaba be misiw la Sio, misi tan sara", "natural_hazard"),  # a disease in the herds
        ("maladie des moutons a Sio, plus de 50 morts dans les troupeaux", "natural_hazard"),
    ],
)
def test_bambara_floods_and_herds_struck_by_disease(text: str, category: str) -> None:
    assert triage(text).category == category


def test_men_rounded_up_by_soldiers_and_men_in_uniform_are_the_forces() -> None:
    result = triage(
        "Les militaires sont arrives a Sio ce matin avec des dozos, ils ont rassemble les "
        "hommes peuls sur la place du marche. On ne sait pas ce qu ils vont faire."
    )
    assert (result.category, result.urgent) == ("security_forces_abuse", True)
    result = triage(
        "our driver was stopped at a checkpoint near Sio by men in uniform who asked for "
        "money and took his phone"
    )
    assert result.category == "security_forces_abuse"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sio en feu", "attack"),
        ("ils brul tout a Sio", "attack"),
        ("bless grave a Sio besoin ambulance", "attack"),
        ("aidez nous Sio", "attack"),  # never a complaint about the forces, never 'other'
    ],
)
def test_terse_night_sms_of_fire_wounds_and_cries_for_help(text: str, category: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, True)


def test_the_bush_on_fire_is_a_hazard_and_god_bless_you_no_wound() -> None:
    assert triage("la brousse est en feu pres de Sio").category == "natural_hazard"
    assert triage("do something for us please. God Bless YOU").category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "On a abattu le vieux cailcedrat devant la mairie de Sio pour elargir la route",
        "Les militaires ont offert des fournitures scolaires aux eleves de Sio",
        "Les bergers sont partis en transhumance vers le Delta comme chaque annee",
    ],
)
def test_a_tree_felled_a_gift_and_the_yearly_move_are_no_incident(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.dead) == ("other", False, None)


def test_a_figure_of_speech_that_was_the_only_incident_leaves_none() -> None:
    result = triage("Les enfants jouent a la guerre avec des batons dans la cour de l ecole de Sio")
    assert (result.category, result.urgent) == ("other", False)
    # a cry for help stays one, whatever figure of speech is beside it
    assert triage("au secours Sio, on est mort de peur").urgent


def test_thieves_caught_by_the_gendarmes_and_a_device_destroyed_by_deminers() -> None:
    result = triage(
        "Pour l incident de Sio signale hier, les voleurs ont ete arretes par la gendarmerie, "
        "les motos rendues"
    )
    assert result.category == "other"
    result = triage(
        "L engin trouve hier a Sio a ete detruit par les demineurs, la route est rouverte"
    )
    assert (result.category, result.urgent) == ("explosive", False)


@pytest.mark.parametrize(
    ("text", "lang", "category", "dead"),
    [
        # "men" (our) and "to" (at) are Fulfulde here, not English
        ("Wuybe ngujjii na'i men hanki jemma to Sio", "ff", "cattle_theft", None),
        ("Worbe jogiibe fetelaaji mbarii yimbe tati to Sio hannde subaka", "ff", "attack", 3),
        ("Lekkol Sio uddaama, jannginoobe ndogii", "ff", "service_disruption", None),
    ],
)
def test_fulfulde_words_throughout_are_fulfulde(text, lang, category, dead) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.lang, result.category, result.dead) == (lang, category, dead)


def test_an_english_theft_of_cattle_is_a_cattle_theft() -> None:
    result = triage("Our partners report the theft of 120 cattle by armed men in Sio yesterday")
    assert result.category == "cattle_theft"


def test_weapons_hidden_at_a_traders_and_a_body_of_an_abducted_man_found() -> None:
    result = triage("Des armes arrivent par pirogue a Sio et sont cachees chez un commercant")
    assert result.category == "trafficking"
    result = triage("Le corps du chauffeur enleve la semaine passee a ete retrouve pres de Sio")
    assert (result.category, result.dead) == ("attack", 1)


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a state that has lasted, nothing new tonight: the digest
        ("Depuis 2019 le village de Sio est sous la menace des jihadistes, rien n a change", False),
        ("Depuis une semaine on entend des motos la nuit autour de Sio", False),
        # yesterday they were there, today they have gone
        ("Hier il y avait des hommes armes a Sio mais aujourd hui ils sont partis", False),
        # ... not gone towards someone else, not there now
        ("des hommes armes etaient a Sio, maintenant ils sont partis vers Boni", True),
        ("des hommes armes sont a l entree de Sio maintenant", True),
    ],
)
def test_armed_men_around_for_long_or_gone_today_wait_for_the_digest(text, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == ("armed_presence", urgent)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour team, the convoy to Sio est bloque, armed men on the road, on attend les "
        "instructions",
        "Update: la distribution a Sio is postponed, security issues sur l axe",
        "Mogo fila sara a Sio dans l attaque de ce matin",
    ],
)
def test_french_with_english_or_bambara_in_turn_is_mixed(text: str) -> None:
    assert triage(text).lang == "mixed"


def test_an_english_note_naming_a_village_stays_english_and_songhay_guns_are_armed_men() -> None:
    assert triage("On June 13, suspected militants abducted a man in the village of Sio.").lang == (
        "en"
    )
    result = triage("Fofo, borey kan gonda marfa kaa Sio, les gens ont peur")
    assert result.category == "armed_presence"
    assert result.places == ("Sio",)  # "gonda" (has) is no village


@pytest.mark.parametrize(
    "text",
    [
        "Le marche a betail de Sio etait plein aujourd hui, les boeufs se vendent bien",
        "Le courant est revenu a Sio apres deux jours de coupure",
        "Les resultats du DEF sont sortis, 70% de reussite a Sio",
        "Les femmes du groupement de Sio ont recolte beaucoup d arachides cette annee",
        "Mon oncle a vendu ses 10 moutons au marche de Sio pour la Tabaski",
    ],
)
def test_trade_harvests_exams_and_a_service_back_are_no_incident(text: str) -> None:
    assert triage(text).category == "other"


def test_a_death_because_the_ambulance_could_not_pass_is_the_services() -> None:
    result = triage(
        "Une femme enceinte est morte en route vers Sio parce que l ambulance n a pas pu passer "
        "a cause des hommes armes"
    )
    assert (result.category, result.urgent, result.dead) == ("service_disruption", True, 1)
    # weapons unloaded near the cattle market stay the urgent trade they are
    result = triage(
        "un camion avec des armes est en train de decharger a Sio pres du marche a betail"
    )
    assert result.urgent and result.category != "other"


def test_talibes_gone_are_feared_abducted_and_a_feast_is_no_place() -> None:
    result = triage("Trois talibes ont disparu a Sio depuis hier soir, leur maitre les cherche")
    assert (result.category, result.urgent) == ("kidnapping", True)
    assert triage("Le Maouloud sera celebre jeudi a Sio").places == ("Sio",)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "20 familles de Yoro arrivees a Sio ce matin, elles ont marche toute la nuit",
            "displacement",
        ),
        ("L hopital de Sio n a plus de sang pour les transfusions", "service_disruption"),
        (
            "Le ravitaillement de Sio n arrive plus depuis un mois a cause du blocus",
            "service_disruption",
        ),
        ("Jam, ladde Sio yiite, yimbe ndogii", "natural_hazard"),  # ff: the bush is on fire
    ],
)
def test_families_arrived_supplies_cut_and_a_fulfulde_bush_fire(text: str, category: str) -> None:
    assert triage(text).category == category


def test_fire_caught_the_bush_in_fulfulde_is_no_abduction() -> None:
    # "nanngi" (caught) is what fire does to the bush here: outweighed, it names no abduction
    assert triage("yiite nanngi ladde Sio").category == "natural_hazard"
    assert triage("Ɓe nanngii lamɗo wuro Sio").category == "kidnapping"


def test_granaries_burned_are_arson_and_a_bush_fire_is_a_hazard() -> None:
    assert triage("Incendie de greniers a Sio cette nuit").category == "attack"
    assert triage("incendie de brousse a Sio").category == "natural_hazard"


def test_an_elders_death_that_dates_a_land_quarrel_is_no_killing() -> None:
    result = triage(
        "Les deux familles se disputent la limite du champ depuis la mort du vieux a Sio"
    )
    assert (result.category, result.urgent, result.dead) == ("land_dispute", False, None)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Le genie militaire a fait exploser l engin trouve hier a Sio, tout est securise",
            "explosive",
            False,
        ),
        (
            "Sensibilisation aux risques des mines dans les ecoles de Sio cette semaine",
            "other",
            False,
        ),
        ("Ce nouveau telephone est une vraie bombe, la batterie tient 3 jours", "other", False),
        (
            "Des hommes ont ete vus en train de creuser la nuit sur la piste de Sio",
            "explosive",
            True,
        ),
        ("Explosion d une bouteille de gaz dans un restaurant de Sio, 2 blesses", "other", False),
    ],
)
def test_devices_made_safe_laid_or_only_talked_about(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Ce soir a Sio des inconnus armes ont fouille les maisons et emmene deux hommes",
            "kidnapping",
            True,
        ),
        (
            "On a trouve des tracts du JNIM colles sur les murs de l ecole de Sio ce matin",
            "armed_presence",
            False,
        ),
        (
            "Un camion rempli de motos neuves sans papiers est arrive de Niamey a Sio",
            "trafficking",
            None,
        ),
        ("la pharmacie de Sio n a plus de vaccins antirabiques", "service_disruption", False),
    ],
)
def test_men_led_away_tracts_found_and_goods_without_papers(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:  # (the trade's urgency is the model's call)
        assert result.urgent == urgent


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mon frere a fui ses responsabilites, il n envoie plus d argent a la famille", "other"),
        ("Les eleveurs de Sio ont fait vacciner leurs troupeaux contre la peripneumonie", "other"),
        ("Le maitre de l ecole de Sio n est pas venu depuis la rentree", "service_disruption"),
    ],
)
def test_fleeing_ones_duties_a_herd_vaccinated_and_a_teacher_who_never_came(text, category) -> None:  # noqa: ANN001
    assert triage(text).category == category


def test_a_theft_told_in_the_past_cette_nuit_was_last_night() -> None:
    assert not triage("Des hommes armes ont vole la moto de l infirmier de Sio cette nuit").urgent
    # ... while armed men coming tonight, or a theft under way, are urgent
    assert triage("des hommes armes vont venir voler les boeufs de Sio cette nuit").urgent
    assert triage("ils sont en train de voler les boeufs a Sio cette nuit").urgent


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # a village emptying now: urgent; arrivals counted at a site: the digest
        ("Mogo caman bolila ka bo Sio bi sogoma, u be taa Boni", "displacement", True),
        ("les gens partent en masse de Sio vers Boni depuis ce matin", "displacement", True),
        (
            "Des PDI continuent d arriver a Sio, ce matin encore 45 menages venus de Boni",
            "displacement",
            None,
        ),
        # an armed group's orders
        (
            "Les jihadistes ont exige que les hommes de Sio laissent pousser leur barbe",
            "armed_presence",
            False,
        ),
    ],
)
def test_a_village_emptying_now_and_an_armed_groups_orders(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:  # (arrivals: the urgency model's call)
        assert result.urgent == urgent


@pytest.mark.parametrize(
    ("text", "category", "injured"),
    [
        ("3 bless a Sio", "attack", 3),  # "bless" after a count is blessés
        ("bandi o marche Sio", "banditry", None),
        ("incendi village Sio", "attack", None),
    ],
)
def test_terse_sms_counts_bandits_and_a_village_fire(text, category, injured) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.injured) == (category, injured)
    assert triage("God bless you all").category == "other"


@pytest.mark.parametrize("place", ["Sio", "Mondoro", "Boni", "Dioura", "Tessit"])
def test_a_bare_cry_for_help_is_an_attack_whatever_the_place(place: str) -> None:
    # nothing named: the model's guess from the place's letters must not tell the
    # commander of an abduction or a complaint nobody reported
    for text in (f"aidez nous {place}", f"au secours {place}"):
        result = triage(text)
        assert (result.category, result.urgent) == ("attack", True)


def test_households_who_found_refuge_with_relatives_are_displaced() -> None:
    result = triage("50 menages de Sio ont trouve refuge a Boni chez des parents")
    assert result.category == "displacement"


def test_a_body_found_is_todays_news_whatever_the_date_of_the_abduction() -> None:
    result = triage("Le corps du chauffeur enleve la semaine passee a ete retrouve pres de Sio")
    assert (result.category, result.urgent, result.dead) == ("attack", True, 1)
    # an attack of last month, told as such, is history
    assert not triage("le mois passe il y a eu une attaque a Sio, 2 morts").urgent


def test_people_running_from_a_fire_are_urgent_herders_leaving_a_dry_spring_not() -> None:
    assert triage("Jam, ladde Sio yiite, yimbe ndogii").urgent  # ff: the bush burns, people fled
    assert triage("les gens fuient l incendie de brousse a Sio").urgent
    assert triage("les familles fuient l inondation a Sio").urgent
    # families arrived who flee threats: counted at a site, for the digest
    assert not triage(
        "Arrivee de 60 familles de Boni a Sio depuis hier, elles fuient les menaces"
    ).urgent
    result = triage(
        "La source de Sio est tarie, les animaux meurent de soif et les bergers partent"
    )
    assert (result.category, result.urgent) == ("natural_hazard", False)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # the forces burning homes, in English: the complaint, never the unit's attack
        (
            "People in Sio say the soldiers burned their houses last week",
            "security_forces_abuse",
            None,
        ),
        # an armed group's ban: their presence, for the digest
        (
            "Les jihadistes ont interdit aux femmes de Sio d aller au marche",
            "armed_presence",
            False,
        ),
        # granaries burned last night, nobody hurt: over; "cette nuit" may be now
        (
            "La nuit derniere des inconnus ont brule deux greniers a Sio, pas de blesse",
            "attack",
            False,
        ),
        ("incendie des greniers de Sio cette nuit", "attack", True),
        # families arriving at a site: the digest; fleeing now: urgent
        ("Des familles de Boni arrivent a Sio depuis ce matin", "displacement", False),
        ("Les gens de Boni fuient vers Sio maintenant, il y a des tirs", None, True),
    ],
)
def test_forces_burning_homes_bans_arson_of_last_night_and_arrivals(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    if category is not None:
        assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


@pytest.mark.parametrize(
    "text",
    [
        "Les eleves de Sio ont repris l ecole ce matin",
        "Les cultivateurs de Sio ont recu des semences et des moutons du projet",
        "Une fusillade de questions au maire de Sio pendant la reunion",
        "Mon grand pere est decede ce matin de maladie a Sio, l enterrement est a 16h",
        "Les bergers de Sio ont vaccine les chevres contre la peste",
        "La voiture du maire de Sio est en panne sur la route de Boni",
        "Les pluies ont ete bonnes a Sio, les champs sont beaux",
    ],
)
def test_school_back_aid_a_stormy_meeting_a_death_of_illness_and_good_rains(text: str) -> None:
    assert triage(text).category == "other"


def test_an_epidemic_a_broken_borehole_and_a_beating_that_sent_a_man_to_hospital() -> None:
    assert triage("4 enfants sont morts de maladie a Sio cette semaine").category == (
        "natural_hazard"
    )
    assert triage("Le forage de Sio est en panne depuis un mois").category == "service_disruption"
    result = triage("Des voleurs ont frappe un commercant a Sio, il est a l hopital")
    assert result.injured == 1
    assert triage("Ma mere est a l hopital de Sio pour son diabete").injured is None
    beaten = triage("Les gendarmes ont frappe les gens de Sio, un vieux est au cscom")
    assert beaten.injured == 1  # whoever is in hospital, wherever it is
    assert triage("a local leader was shot dead in Sio last night").dead == 1
    assert triage("u ye misiw ta Sio, mogo si ma faga").dead == 0  # bm: nobody killed
    assert triage("les gendarmes ont frappe un jeune a Sio, il a la tete ouverte").injured == 1
    assert casualties("attaque a Sio, 2 mor et plusieur blese") == (2, None)
    assert triage("Sio: cholera, 12 new cases today and 1 death").dead == 1
    assert triage("Sio: herders clashed over a well, a herder is in serious condition").injured == 1
    assert triage("Ɓe mbari jom wuro Sio hanki jemma").dead == 1  # ff: the chief killed
    assert triage("Sio: a fisherman was shot and wounded on the river").injured == 1
    assert triage("Sio: a motorbike hit a mine, the driver died and his wife is hurt").injured == 1
    assert triage("A Sio ils viennent de tuer le vieux Hamidou").dead == 1
    assert triage("A Sio on vient d abattre le vieux Hamidou").dead == 1
    assert triage("Sio: armed men attacked the village, killing the chief and his son").dead == 2


def test_songhay_appeared_is_no_village() -> None:
    assert triage("Borey kan gonda marfa na bangay Sio ra hunkuna").places == ("Sio",)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        ("au secour Sio", "attack", True),
        ("bles grave Sio", "attack", True),
        ("feu brousse Sio", "natural_hazard", None),
        ("bandits barrage rte Sio", "banditry", True),
        ("peul dogon bagarre Sio", "intercommunal", True),
    ],
)
def test_terse_sms_spelt_by_ear(text: str, category: str, urgent: bool | None) -> None:
    result = triage(text)
    assert result.category == category
    assert result.lang == "fr"
    if urgent is not None:
        assert result.urgent == urgent
    assert triage("2 mort Sio").lang == "fr"  # no Bambara word, a French one


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # the forces taking a herd: the complaint
        (
            "Des hommes en tenue ont pris les chevres d un berger a Sio",
            "security_forces_abuse",
            None,
        ),
        # a bridge broken by the water (the way cut off), the only nurse on leave
        (
            "Le pont de Sio est casse par l eau, les charrettes ne passent plus",
            "service_disruption",
            False,
        ),
        ("Le seul infirmier de Sio est parti en conge", "service_disruption", False),
        # motorbikes that passed last night and went on: the digest
        (
            "Des motos sont passees cette nuit pres de Sio, ils etaient armes",
            "armed_presence",
            False,
        ),
        # shots told first, then the flight: the shooting; the flight told first: the flight
        (
            "On entend des tirs vers Sio depuis ce matin et les gens fuient vers Boni",
            "attack",
            True,
        ),
        (
            "Tout Sio est en train de fuir vers Boni, on entend les tirs derriere nous",
            "displacement",
            True,
        ),
        # a siege of months is the armed groups' hold on a town, for the digest
        ("Sio est encercle depuis des mois, rien ne rentre", "armed_presence", False),
        ("Le blocus de Sio dure depuis 2 semaines, plus de riz", "service_disruption", False),
        ("Ils ont encercle Sio ce matin, on entend des cris", "attack", True),
        ("Les militaires ont enfin leve le blocus de Sio, les cars circulent", "other", False),
        # recruitment is the group's practice; an awareness session is no device
        (
            "Les jihadistes recrutent des jeunes a Sio en promettant de l argent",
            "armed_presence",
            False,
        ),
        ("Sensibilisation sur les mines demain a l ecole de Sio", "other", False),
        (
            "Une mine a ete trouvee pres de l ecole de Sio pendant la sensibilisation",
            "explosive",
            True,
        ),
    ],
)
def test_forces_herds_sieges_recruitment_and_shots_before_a_flight(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


def test_a_machete_blow_is_one_wounded() -> None:
    assert triage("Braquage a Sio, le boutiquier a recu un coup de machette").injured == 1


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        ("Les eleveurs de Sio signalent le vol de 30 petits ruminants", "cattle_theft", False),
        # a road closed for a visit; a closure is urgent for what the words say it does
        ("Le ministre visite Sio demain, la route sera fermee pour le cortege", "other", False),
        ("Le marche de Sio est ferme depuis deux semaines", "service_disruption", False),
        # forces gone are no actor of the robberies that followed
        (
            "Depuis le depart des militaires de Sio les braquages ont repris, des commercants"
            " ont ete depouilles de leurs motos",
            "banditry",
            False,
        ),
        # a bus held up and its passengers robbed: banditry
        ("Attaque d un car pres de Sio, les passagers ont ete depouilles", "banditry", None),
        # families arriving, told first; the armed men their reason
        (
            "Des familles arrivent a Boni depuis Sio, elles disent que les hommes armes ont"
            " menace de bruler le village",
            "displacement",
            None,
        ),
        # seen this morning, gone since
        (
            "Des hommes armes vus ce matin au marche de Sio, ils ont achete du carburant et"
            " sont repartis",
            "armed_presence",
            False,
        ),
    ],
)
def test_herds_a_visit_forces_gone_a_bus_robbed_arrivals_and_men_gone(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


@pytest.mark.parametrize(
    "text",
    [
        "Mon cousin s est blesse au foot a Sio, il a le bras casse",
        "Le feu a pris dans la cuisine a Sio, on l a eteint vite",
        "Les jeunes de Sio ont fait exploser des petards pour la fete",
        "La pluie a commence a Sio, les paysans preparent les champs",
        "L infirmier de Sio est en formation a Boni, son collegue le remplace",
    ],
)
def test_play_a_kitchen_fire_firecrackers_the_rains_and_a_training(text: str) -> None:
    assert triage(text).category == "other"


def test_local_languages_count_strike_flee_and_fall() -> None:
    assert triage("Yimbe dido mbarii Sio hannde").dead == 2  # ff: two people killed
    assert triage("Borey kan gonda marfa go Sio, i go ka kar").category == "attack"  # ses
    assert triage("Sio jamaa go ka zuru").lang == "ses"  # ses: people are running
    result = triage("Sio mogow ye boli, u be taa Boni, sabu tirs be yen")  # bm: fled, shots
    assert result.category == "displacement"
    result = triage("Sorodasiw ye Sio dugutigi bugo, a joginna")  # bm: he was wounded
    assert (result.category, result.urgent, result.injured) == ("security_forces_abuse", True, 1)
    assert triage("Ji yelela Sio, so caman binna").urgent  # bm: many houses fell
    result = triage(
        "Bagarre entre pecheurs bozos et eleveurs peuls a Sio, il n y a pas eu de blesse mais"
        " les jeunes promettent de se venger"
    )
    assert result.injured == 0


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # a theft done this morning, the thieves gone: the digest (still about: at once)
        ("Des bandits ont vole la moto de l infirmier de Sio ce matin", "banditry", False),
        ("Ils ont pris les boeufs de Sio ce matin, ils sont encore dans la zone", None, True),
        # hostages held by armed men
        ("Trois commercants sont retenus par des hommes armes pres de Sio", "kidnapping", True),
        # the cattle given back, tension eased, the forestry service's early burning
        ("Les voleurs ont rendu les boeufs au chef de Sio apres la mediation", "other", False),
        ("La tension est retombee entre les Dogons et les Peuls de Sio", "other", False),
        (
            "Pas d inquietude a Sio, c est le feu de brousse controle par les eaux et forets",
            "other",
            False,
        ),
    ],
)
def test_thefts_done_this_morning_hostages_and_good_news(text, category, urgent) -> None:  # noqa: ANN001
    result = triage(text)
    if category is not None:
        assert result.category == category
    assert result.urgent == urgent


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Les gens de Sio se sentent abandonnes depuis le depart des militaires",
            "security_forces_abuse",
            False,
        ),
        ("Les deplaces du camp de Sio ont recu des tentes, merci", "other", False),
        (
            "Please be advised the Sio office will be closed on Friday for the holiday",
            "other",
            False,
        ),
        (
            "Floods in Sio destroyed 30 houses last night, no casualties reported",
            "natural_hazard",
            False,
        ),
    ],
)
def test_the_forces_absence_aid_received_an_office_holiday_and_a_flood_over(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # a lorry's crew led away: hostages
        (
            "Le camion de Sio a ete arrete par des hommes armes, le chauffeur et l apprenti"
            " sont emmenes",
            "kidnapping",
            True,
        ),
        # an armed group's levy on herds: their rule, for the digest
        ("Les hommes armes prennent une chevre sur dix comme zakat a Sio", "armed_presence", False),
        # "rançonner" is racketeering, not a ransom
        ("Des bandits armes rançonnent les voyageurs sur la route de Sio", "banditry", None),
        # a death in childbirth for want of an ambulance: the service failed
        ("Une femme morte en accouchant a Sio faute d ambulance", "service_disruption", None),
        # the forces stopping a lorry of weapons: their job, the trade is the news
        ("Un camion d armes arrete par la gendarmerie a Sio", "trafficking", None),
    ],
)
def test_a_crew_led_away_a_levy_racketeering_a_birth_and_a_lorry_of_weapons(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


def test_fighters_neutralised_are_dead_a_device_neutralised_counts_nobody() -> None:
    assert triage("Attaque repoussee a Sio cette nuit, 4 assaillants neutralises").dead == 4
    assert triage("L engin explosif de Sio a ete neutralise par le genie").dead is None


def test_an_apostrophe_left_out_is_read_as_written() -> None:
    assert tokens("il est a lhopital, jai peur") == [
        "il", "est", "a", "l", "hopital", "j", "ai", "peur",
    ]  # fmt: skip
    result = triage("les militair ont tabasse mon frere a Sio il est a lhopital")
    assert (result.category, result.urgent, result.injured) == ("security_forces_abuse", True, 1)


def test_one_person_named_with_a_possessive_after_the_animals_counts_one() -> None:
    assert triage("4 chevres et leur berger tues par une mine pres de Sio").dead == 1


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Un homme arme a arrete notre car pres de Sio et a pris l argent de tout le monde",
            "banditry",
            None,
        ),
        ("Des gens armes demandent de l argent aux orpailleurs de Sio", "banditry", None),
        ("Pluie de grele a Sio, les recoltes sont perdues", "natural_hazard", False),
        ("Les eaux du fleuve ont envahi les rizieres de Sio", "natural_hazard", None),
        (
            "Des vaches mortes en masse a Sio, les veterinaires parlent de peripneumonie",
            "natural_hazard",
            False,
        ),
        (
            "Les eleveurs et les cultivateurs de Sio se sont entendus pour le couloir de passage",
            "other",
            False,
        ),
        # staff who left: threatened, the threat is the news; else the service is gone
        (
            "Les enseignants de Sio menaces par telephone ont quitte le village",
            "armed_presence",
            False,
        ),
        (
            "Les enseignants de Sio ont quitte le village, l ecole est vide",
            "service_disruption",
            False,
        ),
    ],
)
def test_a_bus_held_up_miners_taxed_hail_floods_herds_dying_an_agreement_and_staff_gone(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Mon neveu est alle chercher les animaux pres de Sio hier soir et on ne le trouve plus",
            "kidnapping",
            True,
        ),
        (
            "Les policiers de Sio ont casse le telephone d un jeune qui filmait",
            "security_forces_abuse",
            None,
        ),
        ("Les ecoles de Sio rouvrent lundi apres 2 semaines de fermeture", "other", False),
        (
            "Les hommes armes ont demande aux gens de Sio de ne plus envoyer les enfants a l ecole",
            "armed_presence",
            False,
        ),
        ("Bonne nouvelle: les deux otages de Sio sont rentres ce soir", "kidnapping", False),
    ],
)
def test_a_nephew_missing_a_film_that_is_filming_schools_reopening_and_hostages_home(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent
    assert triage("Le film sur l attaque de Sio passe ce soir a la tele").category == "other"


def test_just_killed_one_gendarme_a_refusal_to_pay_a_road_unsafe_and_a_driver_hit() -> None:
    assert triage("Des hommes armes viennent de tuer deux personnes au puits de Sio").dead == 2
    result = triage("Au marche de Sio un gendarme a gifle un vieux qui ne voulait pas payer")
    assert result.category == "security_forces_abuse"
    result = triage("Le camion de vivres est bloque a Sio, la route de Boni n est pas sure")
    assert result.category == "service_disruption"
    result = triage("Ils ont tire sur une voiture pres de Sio, le chauffeur est touche")
    assert (result.category, result.urgent, result.injured) == ("attack", True, 1)
    assert triage("Votre message m a touche, merci, tout va bien a Sio").injured is None


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Allo, ils sont en train de piller les boutiques de Sio, ils sont armes",
            "banditry",
            True,
        ),
        (
            "Le maire de Sio a recu une lettre lui disant de quitter la commune sous 48h",
            "armed_presence",
            True,
        ),
        (
            "Une vingtaine de familles de Boni se sont installees a la sortie de Sio",
            "displacement",
            False,
        ),
        ("Des caisses de munitions ont ete retrouvees dans une maison a Sio", "trafficking", False),
        (
            "Le vent a arrache le toit de l ecole de Sio cette nuit, pas de blesse",
            "natural_hazard",
            False,
        ),
        ("A Sio la police a arrete un jeune pour vol de moto, la moto est rendue", "other", False),
    ],
)
def test_looting_a_letter_to_leave_families_settled_a_cache_a_roof_and_a_thief_caught(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)
    assert "Allo" not in result.places


def test_a_herd_dying_of_a_disease_counts_no_dead_and_children_drowned_bathing() -> None:
    result = triage("La maladie tue les moutons a Sio, deja 40 morts")
    assert (result.category, result.dead, result.urgent) == ("natural_hazard", None, False)
    result = triage("Deux enfants se sont noyes dans le fleuve a Sio en se baignant")
    assert result.category == "other"
    assert triage("L inondation a Sio a emporte des maisons, 3 personnes noyees").category == (
        "natural_hazard"
    )


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # a theft told done, time unsaid, nobody hurt: the digest (the corpus's rule)
        ("Des gens armes ont vole 200 chevres et 3 motos a Sio", False),
        ("Les eleveurs de Sio ont perdu 80 chameaux, voles par des hommes armes", False),
        # under way, people tied up, a herder gone with the herd: at once
        ("Des hommes armes sont en train de prendre les boeufs de Sio", True),
        ("Troupeau enleve a Sio par des hommes armes, les bergers ont ete laisses attaches", True),
        ("Un berger de Sio a disparu avec son troupeau, sa moto retrouvee en brousse", True),
        ("les gens arme on bloke la route de Sio ils prenne les moto", True),
    ],
)
def test_a_theft_is_urgent_while_under_way_or_if_someone_is_hurt_or_gone(
    text: str, urgent: bool
) -> None:
    assert triage(text).urgent == urgent


def test_a_market_closed_on_the_jihadists_order_is_their_rule() -> None:
    result = triage("Le marche de Sio est ferme sur ordre des jihadistes depuis vendredi")
    assert (result.category, result.urgent) == ("armed_presence", False)


@pytest.mark.parametrize(
    "text",
    [
        "Le match de ce soir a Sio va etre une guerre entre les deux quartiers",
        "L equipe de Sio a detruit celle de Boni 4 a 0, quelle attaque!",
        "La formation des volontaires de la Croix-Rouge commence lundi a Sio",
        "Les commercants de Sio se plaignent du manque de clients",
        "Les eleves de Sio ont fait une marche contre la drogue",
    ],
)
def test_sport_in_war_words_the_red_cross_trade_and_a_march_are_no_incident(text: str) -> None:
    assert triage(text).category == "other"
    # an attack at a match is one
    assert triage("Des hommes armes ont tire sur les supporters du match a Sio").category == (
        "attack"
    )


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Un homme a poignarde un commercant de Sio pour une dette, la police l a arrete",
            "other",
            False,
        ),
        (
            "Le dispensaire de Sio n a plus de medicaments contre le paludisme",
            "service_disruption",
            False,
        ),
        (
            "Les militaires ont fusille deux jeunes devant leurs parents a Sio",
            "security_forces_abuse",
            True,
        ),
        (
            "Un reseau de vol de motos demantele a Sio, les motos allaient au Burkina",
            "trafficking",
            False,
        ),
        ("Les militaires sont arrives a Sio, les gens sont rassures", "other", False),
        # a trade is urgent while the cargo is being moved or unloaded now
        ("Des armes passent par Sio dans des sacs de riz vers la frontiere", "trafficking", False),
        ("Un camion d armes est en train de decharger a Sio maintenant", "trafficking", True),
    ],
)
def test_a_debt_a_clinics_want_shot_dead_a_ring_dismantled_and_a_trade_under_way(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)
    if "fusille" in text:
        assert result.dead == 2


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        (
            "Les jihadistes sont dans la mosquee de Sio, ils ont rassemble les hommes",
            "armed_presence",
            True,
        ),
        (
            "On a vole le groupe electrogene du CSCOM de Sio cette nuit, plus de lumiere",
            "banditry",
            False,
        ),
        (
            "Les eleveurs de Sio se plaignent que les gardes les font payer pour abreuver",
            "security_forces_abuse",
            False,
        ),
        (
            "Le village de Sio est vide, tout le monde est parti apres l attaque d hier",
            "displacement",
            False,
        ),
    ],
)
def test_men_in_the_mosque_a_generator_stolen_guards_racketeering_and_a_village_emptied(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # Bambara "bɛ ka boli": fleeing as the message is written
        ("Sio mɔgɔw bɛ ka boli taa Boni", "displacement", True),
        # Fulfulde "na'i" is one word: "ɓe na'i" is not Bambara "bɛ na" (is coming), and the
        # cattle are what "nanngi" took
        ("Ɓe nanngi na'i amen fof haŋki jemma ka Sio", "cattle_theft", False),
        # a body found of someone abducted: a killing
        ("on a trouvé le corps du boutiquier enlevé samedi à Sio", "attack", True),
        ("kungo tasuma bɛ ka na Sio fɛ", "natural_hazard", True),  # bm: a bush fire coming
        # everyday news in incident words
        ("Les moustiques nous tuent à Sio cette saison, il faut des moustiquaires", "other", False),
        ("Formation des relais sur les mines et engins explosifs à Sio lundi", "other", False),
        ("Un incendie a détruit 3 boutiques du marché de Sio cette nuit, cause électrique",
         "other", False),
        ("Mariage à Sio ce week-end, il y aura des tirs de fusils traditionnels", "other", False),
        ("Le pont de Sio est fermé pour travaux pendant une semaine", "other", False),
    ],
)  # fmt: skip
def test_fleeing_in_bambara_cattle_in_fulfulde_a_body_found_and_everyday_news(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent


def test_a_cut_with_a_coupe_coupe_is_one_wounded_and_a_bambara_abduction_goes_to_kidnapping() -> (
    None
):
    fight = triage(
        "Des éleveurs et des agriculteurs se sont battus au champ près de Sio, un jeune a reçu"
        " un coup de coupe-coupe, il est au CSCOM"
    )
    assert (fight.category, fight.injured, fight.urgent) == ("land_dispute", 1, True)
    assert casualties("ils l'ont frappé, il est au CSCOM de Sio") == (None, 1)
    # four children gone since yesterday: the model's guess of an attack yields to them
    assert triage("denmisen naani tununa Sio kabini kunu").category == "kidnapping"
    # the animals taken, and a herder with them: an abduction stays one
    assert triage("Ils ont volé 12 boeufs et enlevé le berger à Sio cette nuit").category == (
        "kidnapping"
    )
    assert triage("tirs a Sio mtn").lang == "fr"  # no local word: nothing to mix
    # "yi" is how some spell the Bambara past marker "ye": "minɛ" is caught, no mine; and
    # "soldats" is no "sold" (a trade in people)
    assert triage("Soldats yi an ka kamalenw minɛ Sio").category not in (
        "explosive",
        "trafficking",
    )


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        ("Armed men stopped a bus near Sio, they are robbing passengers now", "banditry", True),
        # the takings stolen last night, and the guard still tied up
        ("Des gens armés ont volé la recette de la station de Sio cette nuit, le gardien est"
         " ligoté", "banditry", True),
        ("Ce soir à Sio des jeunes ont incendié la boutique d'un commerçant peul en l'accusant"
         " d'informer les jihadistes", "intercommunal", None),
        ("Des rumeurs disent que des hommes armés se regroupent près de Sio pour attaquer un"
         " village", "armed_presence", None),
        ("misiw binna foro kɔnɔ Sio, sɛnɛkɛlaw ni fulaw bɛ kɛlɛ la sisan", "land_dispute", True),
        ("Ko ɓe mbari gorko gooto ka Sio hannde, ɓe ndogi", "attack", True),  # ff: then fled
        ("Marfa koy yo kaa Sio kwaara sohõ, borey zuru", "armed_presence", True),  # ses
        ("Sonsoninw ye mobili minɛ Sio sira kan ka mɔgɔw bugɔ, dɔ joginna", "banditry", True),
        # the zakat they make herders pay is an armed group's rule, not a racket
        ("Les groupes armés font payer la zakat aux éleveurs de Sio, un boeuf sur trente",
         "armed_presence", False),
    ],
)  # fmt: skip
def test_robbers_a_community_accused_a_planned_attack_and_local_languages(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert result.category == category
    if urgent is not None:
        assert result.urgent == urgent
    if "joginna" in text:
        assert result.injured == 1


def test_an_elder_named_is_no_place() -> None:
    assert resolve("Le champ du vieux Sawadogo a été dévasté à Kaya").places == ("Kaya",)


def test_c_est_is_one_word_however_written() -> None:
    assert tokens("C'est la bombe") == tokens("c est la bombe") == tokens("c la bombe")
    assert tokens("c la bombe") == ["cest", "la", "bombe"]
    assert triage("Cholera outbreak in Sio, 12 cases, no deaths so far").lang == "en"


def test_c_est_counts_as_french_beside_bambara() -> None:
    assert triage("Bonjour, an bɛ Sio, foyi tɛ, c'est calme").lang == "mixed"


def test_bambara_nobody_died_counts_none() -> None:
    assert triage("bɔnbu dɔ tɛgɛrɛla Sio sira kan, mɔgɔ si ma sa nka mɔgɔ saba joginna").dead == 0


def test_a_herd_taken_and_its_herders_well_is_no_abduction() -> None:
    result = triage("Razzia près de Sio cette nuit, 70 vaches emportées, les bergers vont bien")
    assert result.category == "cattle_theft"


def test_armed_men_not_back_are_no_missing_people_and_a_flood_takes_no_hostage() -> None:
    assert (
        triage(
            "Les hommes armés qui étaient à Sio la semaine passée ne sont pas revenus, c'est calme"
        ).category
        != "kidnapping"
    )
    assert triage("Sio: les eaux du barrage ont emporté 2 enfants, un seul retrouvé").category != (
        "kidnapping"
    )


def test_thieves_still_about_and_young_men_levied() -> None:
    # the thieves "sont encore dans la brousse à côté": they can still be caught
    theft = triage("Ils ont volé 25 moutons ce soir à Sio, les voleurs sont encore dans la brousse")
    assert (theft.category, theft.urgent) == ("cattle_theft", True)
    # a young man demanded of every family: the armed group's rule, for the digest
    levy = triage("A Sio les hommes armés ont demandé à chaque famille de donner un jeune homme")
    assert (levy.category, levy.urgent) == ("armed_presence", False)


def test_young_peuls_not_seen_again_and_chiefs_summoned() -> None:
    # a community's men arrested and not seen since: a disappearance, at once
    gone = triage("Sio: des jeunes peuls arrêtés par les VDP au marché, on ne les a plus revus")
    assert (gone.category, gone.urgent) == ("security_forces_abuse", True)
    # chiefs summoned to the jihadists' meeting: their rule, for the digest
    summoned = triage("Les jihadistes ont convoqué les chefs de village de Sio pour une réunion")
    assert (summoned.category, summoned.urgent) == ("armed_presence", False)


# What session 14's development sets taught (bench/sets/s14*), a row per rule: each
# report gets its category and its urgency.
@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # s14i–p: robbed from, a tanker fire, a mine destroyed, recruits, an elephant
        # robbed from ("pris aux passagers"), not taken away
        ("Un car a été arrêté par des bandits près de Sio, ils ont tout pris aux passagers",
         "banditry", False),
        ("Rectificatif: l'explosion entendue à Sio était un camion citerne qui a pris feu",
         "other", False),
        ("La mine signalée hier sur la route de Sio a été détruite par le génie ce matin",
         "explosive", False),
        ("Les élèves de Sio n'ont pas de professeur de maths depuis la rentrée",
         "service_disruption", False),
        ("Les jeunes de Sio ont attaqué les travaux de la route avec enthousiasme", "other",
         False),
        ("Braquage d'une boutique à Sio cette nuit, le commerçant a reçu une balle dans la jambe",
         "banditry", True),
        ("Le feu a pris dans un champ de Sio, les jeunes l'ont éteint", "other", False),
        ("Arms cache discovered by the army near Sio, no arrests", "trafficking", False),
        ("Le chef de Sio confirme que les jihadistes ont demandé aux jeunes de les rejoindre",
         "armed_presence", False),
        ("Suite: à Sio les dozos ont libéré les 3 peuls qu'ils avaient attachés hier",
         "intercommunal", False),
        ("Livestock theft in Sio: 200 goats taken last night by armed men, no injuries",
         "cattle_theft", False),
        ("Mon oncle a été tué par un éléphant près de Sio hier", "other", False),
        ("C'est la bombe à Sio: le forage coule enfin", "other", False),
        # s14q–x: forces fighting back, blood given, a score, a militia holding men
        # the forces fighting back beside the villagers are no complaint
        ("Nous sommes attaqués depuis 30 minutes par des hommes armés à Sio. Les FAMa"
         " ripostent. Nous avons déjà 3 morts parmi les civils.", "attack", True),
        ("Les soldats de Sio ont donné du sang à l'hôpital", "other", False),
        ("Le paludisme fait beaucoup de malades à Sio, le CSCOM est débordé", "natural_hazard",
         False),
        ("Les jeunes de Sio ont battu ceux de Boni au football 2-0", "other", False),
        ("Les hommes de Sio ont attaqué le nettoyage du marché ce matin", "other", False),
        ("Le chef de Sio a enlevé son bonnet pour saluer le préfet", "other", False),
        ("Les femmes de Sio ont fui la réunion parce qu'elle était trop longue", "other", False),
        ("Un camion de déplacés s'est renversé près de Sio, il y a des blessés, ce n'est pas une"
         " attaque, c'est un accident", "other", False),
        # a community's militia holding another's men; "gardent" is no "garde" (guards)
        ("Les koglweogo de Sio ont arrêté 4 peuls et les gardent attachés depuis hier",
         "intercommunal", True),
        # s14y–zd: forces attacked or shooting, thieves arrested, a river rising
        # the forces attacked, who "ont repoussé l'attaque", are no complaint
        ("Un groupe armé a attaqué le poste de police de Sio ce matin, les policiers ont"
         " repoussé l'attaque", "attack", True),
        ("Soldiers shot dead two young herders in Sio accusing them of being jihadists",
         "security_forces_abuse", True),
        ("Ce matin la gendarmerie a arrêté deux voleurs de motos à Sio", "other", False),
        ("Les militaires de Sio ont battu un vendeur de carburant qui n'avait pas de papiers",
         "security_forces_abuse", False),
        # "hommes armés passent" is armed men, not "des armes passent" (a trade)
        ("Des hommes armés passent de maison en maison à Sio en ce moment", "armed_presence",
         True),
        ("Les militaires ont réparé le pont de Sio, merci à eux", "other", False),
        ("Les chasseurs de Sio ont tué une hyène qui mangeait les chèvres", "other", False),
        ("Démonstration de tir des FAMa pour la fête de l'armée à Sio, ne vous inquiétez pas",
         "other", False),
        ("Une bagarre entre deux ivrognes au bar de Sio, la police les a séparés", "other",
         False),
        ("an ka kamalen dɔ tununa kabini kunu Sio, a ka moto ye sɔrɔ kungo kɔnɔ", "kidnapping",
         True),
        ("Sio: le fleuve monte toujours, les familles du quartier bas quittent leurs maisons",
         "natural_hazard", True),
        ("Armed men seen gathering near the market of Sio, locals fear an attack tonight",
         "armed_presence", True),
        # s14ze–zj: back again, found safe, a crocodile, a herder shot over a field
        ("Sio ils sont revenu", "armed_presence", True),  # the armed men back, terse
        ("fuite massive Sio", "displacement", True),
        ("Une femme enlevée à Sio la semaine dernière est rentrée ce matin", "kidnapping", False),
        ("Les deux enfants disparus hier à Sio ont été retrouvés chez leur grand-mère", "other",
         False),
        ("Les gens de Sio ont attaqué la saison des pluies avec courage", "other", False),
        ("Sio: les pêcheurs ont tué un gros crocodile qui attaquait les pirogues", "other",
         False),
        ("Formation des VDP sur les droits humains à Sio cette semaine", "other", False),
        ("L'explosion de joie à Sio après la victoire des Aigles", "other", False),
        ("Les enseignants de Sio ont reçu leurs salaires, les cours reprennent", "other", False),
        ("Les soldats ont distribué des cahiers aux élèves de Sio", "other", False),
        ("Sonsoninw ye an ka misi tan ta Sio kunu su", "cattle_theft", False),
        ("fulaw ni bamanan kamalenw bɛ kɛlɛ la Sio sisan, mɔgɔ caman joginna", "intercommunal",
         True),
        # "ont encore volé … cette nuit": once more, and done
        ("Des gens armés ont encore volé des boeufs à Sio cette nuit, c'est la 3e fois",
         "cattle_theft", False),
        ("Un éleveur a été blessé par balle par des agriculteurs à Sio parce que ses vaches"
         " étaient dans le champ", "land_dispute", True),
        # s14zk–zp: a herder taken, one still held, a device destroyed, good news
        # the herder is what they took, the herd with him
        ("Slt, des hommes armés ont pris le berger de mon oncle avec le troupeau ce matin à Sio",
         "kidnapping", True),
        ("Mise à jour: les 3 otages de Sio ont été libérés, mais le chauffeur est toujours détenu",
         "kidnapping", True),
        ("Un engin explosif a été retrouvé hier à Sio et les militaires l'ont fait exploser",
         "explosive", False),
        ("Les gens disent qu'un groupe armé a installé un camp près de Sio", "armed_presence",
         False),
        ("Les 2 blessés de l'attaque de lundi sont sortis de l'hôpital de Sio", "attack", False),
        ("Les élèves de Sio ont explosé de joie à la fin des examens", "other", False),
        ("Le téléphone de mon frère a explosé en charge à Sio, pas de blessé", "other", False),
        ("Les pêcheurs de Sio ont pris beaucoup de poissons cette année", "other", False),
        ("Les militaires ont organisé une journée de salubrité avec les jeunes de Sio", "other",
         False),
        ("La tension entre peuls et bambaras de Sio est retombée après la médiation", "other",
         False),
        # s14zq–zt: thieves who tie a herder, miners led away, everyday words
        # the thieves tied him up: no complaint about the forces
        ("Le berger de Sio est revenu sans ses animaux, les voleurs l'ont attaché toute la nuit",
         "cattle_theft", False),
        ("Des hommes armés dans la forêt de Sio ont arrêté des orpailleurs et les ont emmenés",
         "kidnapping", True),
        ("Le grand marché de Sio brûle de monde aujourd'hui", "other", False),
        ("Mon oncle est mort du palu à Sio hier", "other", False),
        ("Ma fille a fui l'école pour aller jouer à Sio, elle est punie", "other", False),
        ("La réunion des chefs de Sio a explosé de rires quand le préfet a parlé", "other",
         False),
        ("Les bergers de Sio ont retrouvé leurs animaux égarés", "other", False),
        # s14zu–zx: water rising, women not back, a village gone, everyday news
        ("Sio: les eaux montent, 2 quartiers sont déjà inondés", "natural_hazard", True),
        # the women named twelve words before "ne sont pas revenues"
        ("Sio: les femmes sont sorties chercher du bois et 2 ne sont pas revenues",
         "kidnapping", True),
        ("Soldiers beat traders at the Sio checkpoint yesterday, one hospitalised",
         "security_forces_abuse", True),
        ("les gens de Sio sont parti tous vers Boni ojourdui", "displacement", True),
        ("Les éleveurs et les paysans de Sio se disputent pour un champ, ça risque de dégénérer",
         "land_dispute", True),
        ("marifatigiw ye misiw gɛn ka taa kungo kɔnɔ Sio sisan", "cattle_theft", True),
        ("On a attrapé un voleur de téléphone au marché de Sio, il est à la police", "other",
         False),
        ("Les militaires de Sio ont construit une école pour les enfants", "other", False),
        ("Les gens de Sio ont fui la chaleur en allant au bord du fleuve", "other", False),
        # s14zze–zzf: a fight begun, Fulfulde armed men, children dying of hunger
        ("A Sio les éleveurs ont fait entrer leurs animaux dans les jardins des femmes, la"
         " bagarre a commencé", "land_dispute", True),
        ("Worɓe njogiiɓe kaake ena ngoni ka Sio jooni", "armed_presence", True),
        ("Sio: no food convoy for a month, children dying of hunger", "service_disruption",
         True),
        # a theft told as a noun, "ce matin": done, the thieves gone
        ("Sio: vol de 3 motos au marché ce matin", "banditry", False),
        # session 15, s15a–d: Bambara "minɛ" of a place is no abduction
        ("marifatigiw ye Sio sugu minɛ, u bɛ mɔgɔw ɲininka", "armed_presence", True),
        ("marifatigiw ye Boni dugu minɛ sisan", "armed_presence", True),
        ("u ye dugutigi minɛ Sio kunu su", "kidnapping", True),
        # a blockade told by what it does to a town: its supplies
        ("Boni sous blocus depuis 2 mois, les camions de vivres ne passent plus",
         "service_disruption", False),
        ("Sio: le prix du riz a doublé à cause du blocus", "service_disruption", False),
        ("Djibo: le blocus continue, des enfants meurent de malnutrition", "service_disruption",
         True),
        ("Les militaires ont levé le blocus de Sio, les camions passent", "other", False),
        # a flight told before its cause
        ("Sio: les gens quittent le village après l'ultimatum des hommes armés", "displacement",
         True),
        ("les familles partent par peur des hommes armés qui tournent autour de Boni",
         "displacement", True),
        # s15e–h: SMS spelt by ear, arrivals and returns, the groups by name
        ("slt ya dz gens armé ki sont rentré a Sio mtn ils tire partou", "attack", True),
        ("ya 1 bonbe ki a eclaté o marché de Sio", "explosive", True),
        ("les gendarme de Sio ils prene 2000 a chak moto cé tro", "security_forces_abuse",
         False),
        ("ils ont tué 2 personne a Sio ce matin, les gens fui vers Boni", "attack", True),
        ("sanji ye Sio sira tiɲɛ, camions tɛ se ka tɛmɛ", "service_disruption", False),
        ("on a vu dz moto avec dz gens armé vers Sio hier, ils sont parti vers la foret",
         "armed_presence", False),
        ("les dozos ont brulé 5 maisons peules a Sio hier, pa de victime", "intercommunal",
         False),
        ("Boko Haram fighters seen near Sio this morning, around 30 on motorbikes",
         "armed_presence", True),
        ("ce matin des hommes armés sont arrivés au marché de Sio à moto. Ils sont repartis"
         " vers la brousse.", "armed_presence", False),
        ("Depuis ce matin, 100 familles venues des villages autour sont arrivées à Sio. Elles"
         " disent que les hommes armés leur ont donné 3 jours pour partir.", "displacement",
         False),
        ("About 200 people arrived in Sio from Boni over the weekend, they need shelter",
         "displacement", False),
        ("Retour des déplacés à Sio: 30 familles sont revenues, elles ont besoin d'aide",
         "displacement", False),
        ("Les déplacés de Sio font une fête pour le retour de la paix", "other", False),
        # s15i–l: the forces killing a herd, a quarrel settled, a school burned long ago,
        # a robbery with a shot
        ("Les eleveurs de Sio disent que les FAMa ont tue 7 de leurs boeufs pendant une"
         " patrouille", "security_forces_abuse", False),
        ("Mardi passe il y a eu une dispute pour un champ a Sio, le chef a regle le probleme",
         "land_dispute", False),
        ("Il y a un mois, les hommes armes ont brule l ecole de Sio, depuis les enfants ne vont"
         " plus a l ecole", "service_disruption", False),
        ("Des hommes armes ont vole 3 motos a la foire de Sio ce matin et ont tire sur un jeune"
         " qui resistait, il est blesse", "banditry", True),
        ("kolera bana bɛ Sio, denmisɛnw caman banana", "natural_hazard", False),
        # s15m–p: a terse code, relief, a market going again, a hostage long held, a
        # seizure done, arrivals who tell of the killing
        ("braquage Sio", "banditry", False),
        ("mine Sio", "explosive", True),
        ("Merci, les militaires sont arrives a Sio, les hommes armes sont partis", "other",
         False),
        ("Le marche de Sio a repris aujourd hui apres 3 semaines de fermeture", "other", False),
        ("Toujours pas de nouvelles des 4 jeunes enleves a Sio la semaine derniere",
         "kidnapping", False),
        ("Il y a 2 jours des hommes armes ont enleve le maitre de l ecole de Sio, toujours pas"
         " de nouvelles", "kidnapping", True),
        ("Ce matin des gendarmes ont saisi 200 kg de chanvre indien dans un camion a Sio",
         "trafficking", False),
        ("Illegal gold miners and arms dealers meet every week at the Sio site", "trafficking",
         False),
        ("A Sio depuis ce soir des familles arrivent a pied de la brousse, elles disent que les"
         " hommes armes ont brule leurs cases", "displacement", False),
        # s15q–t: a drone strike, a lake dried up, armed men about since last night
        ("Un drone a frappe un rassemblement de jihadistes pres de Sio, bilan inconnu",
         "attack", True),
        ("Sio: le lac est sec, les eleveurs n ont plus de paturage", "natural_hazard", False),
        ("Les gens de Sio ont peur, des jihadistes circulent dans les hameaux autour depuis"
         " hier soir", "armed_presence", True),
        ("des hommes armés ont été vus à Sio hier, ils sont partis vers le nord",
         "armed_presence", False),
        # s15u–x: hyenas at a herd, a person taken beside slaughtered goats, a school
        # burned and its teachers taken, a levy on the herd, a road held
        ("Les hyenes ont attaque le troupeau a Sio, 6 moutons morts", "other", False),
        ("Ils ont egorge 5 chevres et emmene le fils du berger a Sio", "kidnapping", True),
        ("Les hommes armes ont brule l ecole et enleve 2 enseignants a Sio", "kidnapping",
         True),
        ("Les hommes de la brousse sont venus prendre leur part du troupeau a Sio, 30 tetes",
         "armed_presence", False),
        ("Les 'invites' de la brousse ont bloque la route de Sio, personne ne passe",
         "armed_presence", True),
        # a coded complaint or quarrel waits for the digest unless someone is hurt
        ("ALERTE PLAINTE militaires Sio racket", "security_forces_abuse", False),
        ("ALERTE CONFLIT Sio peuls dogons tension", "intercommunal", False),
        ("ALERTE CONFLIT CHAMP Sio blesses a la machette", "land_dispute", True),
        # s15y–z: partners' English
        ("Since yesterday about 300 women and children have arrived in Sio from villages near"
         " Boni after armed men told them to leave.", "displacement", False),
        ("Hi, a suspicious object was found this morning near the bridge at Sio.", "explosive",
         True),
        ("In Sio market this morning, men were openly selling pistols and ammunition.",
         "trafficking", False),
        # s15za–zd: herders giving chase, a market looted, SMS by ear, shots in the air
        ("Sio: vol de 60 chameaux par des hommes armes, les eleveurs sont a leur poursuite",
         "cattle_theft", True),
        ("Les hommes armés sont en train de piller le marché de Sio en ce moment. Ils ont déjà"
         " blessé deux commerçants.", "banditry", True),
        ("bjr ya plu 2 medecin o cscom de Sio dpuis 1 mois", "service_disruption", False),
        ("lé deplasé de Sio on pa manjé depui 3 jour", "displacement", False),
        ("il a plu cette nuit a Sio", "other", False),
        ("des hommes armés sont entrés à Sio, ils tirent en l'air et cherchent le chef",
         "armed_presence", True),
        # s15ze–zf: English told in the past or as it happens
        ("Armed men stole 100 goats from herders near Sio this morning", "cattle_theft", False),
        ("Herders and farmers are fighting for water at the well in Sio", "land_dispute", True),
        # s15zg–zh: goods taken by force are a robbery, no abduction
        # s15zi–zj: soldiers killed in English are the victims, not the culprits; Tuesday
        # kills no one; a road closed after attacks; a bridge fallen
        ("Two soldiers were killed near Sio this morning", "attack", True),
        ("soldiers killed two herders near Sio this morning", "security_forces_abuse", True),
        ("Herders from Sio lost 50 cows to thieves on Tuesday", "cattle_theft", False),
        ("The Sio road is closed after attacks, no trucks this week", "service_disruption",
         False),
        ("Sio: le vieux pont est tombe, plus de passage pour les charrettes",
         "service_disruption", False),
        ("Sio: tirs et explosions en ce moment pres du camp militaire", "attack", True),
        # s15zk–zl: emergencies in English and Bambara, a herder shot in a theft, armed men
        # dressed as soldiers
        ("My brother was taken by armed men an hour ago near Sio, please help", "kidnapping",
         True),
        ("50 cattle were taken by armed men near Sio last night", "cattle_theft", False),
        ("The river is rising fast in Sio, water is entering the houses", "natural_hazard",
         True),
        ("marifatigiw bɛ ka tasuma don Sio sow la sisan", "attack", True),
        ("Sio: un berger blesse par balle ce matin par des voleurs qui ont pris ses chevres",
         "cattle_theft", True),
        ("Sio: des hommes en tenue militaire mais pas nos soldats arretent les voitures",
         "armed_presence", True),
        # s15zm–zn: plural devices, English epidemics, shelling, a seizure of arms
        ("Sio: two IEDs found on the road this morning, the army is clearing them",
         "explosive", True),
        ("Sio: measles cases rising in the camps, 2 children died", "natural_hazard", True),
        ("Sio: mortar shells fell on the town this morning, several houses destroyed",
         "attack", True),
        ("Sio: saisie de 3 kalachnikovs dans un car venant de Boni", "trafficking", False),
        # s15zo: a herder beaten by farmers over his herd in their field
        ("Sio: les riziculteurs ont frappe un berger dont les boeufs etaient dans le casier,"
         " il est blesse", "land_dispute", True),
        # some freed, one still taken: urgent; all freed: over
        ("Un camion d eleves a ete arrete par des hommes armes pres de Sio. Les eleves ont ete"
         " liberes mais le chauffeur a ete emmene.", "kidnapping", True),
        ("les jihadistes ont libere les otages de Sio enleves la semaine derniere",
         "kidnapping", False),
        ("Ce matin à Sio, des hommes armés ont pris de force des sacs de riz et de l'huile chez"
         " les commerçants, puis ils sont repartis. Personne n'a été blessé.", "banditry",
         False),
        # s16: a herd "driven off by armed men" was taken, not the arms; people arriving,
        # an ultimatum their story; fishers and herders over the bourgou, the land's
        ("Boni: 60 cattle driven off by armed men last night towards the border",
         "cattle_theft", False),
        ("Sio: un enfant est tombe dans le puits, les gens l ont sorti vivant", "other",
         False),
        ("Sio: depuis ce matin 300 personnes arrivent de Boni, elles disent que les hommes"
         " armes ont donne 3 jours pour partir", "displacement", False),
        ("conflit entre pecheurs et eleveurs pour le bourgou a Sio, ils se sont battus, 2"
         " blesses", "land_dispute", True),
        # s16e–h: hunters burning a Peul camp, lightning, stray dogs, a bag left at the
        # town hall, youths arming, a town told by its hunger, weapons brought by boat
        ("Sio: les chasseurs ont brule le campement peul, les peuls sont partis",
         "intercommunal", True),
        ("Boni: 3 boeufs et un berger tues par la foudre", "natural_hazard", True),
        ("Sio: 4 chevres tuees par des chiens errants", "other", False),
        ("Sio: des inconnus ont depose un sac suspect devant l ecole", "explosive", True),
        ("Boni: tension between Fulani and Dogon, youths are arming themselves",
         "intercommunal", True),
        ("Boni: the convoy has not arrived for 2 months, people are eating leaves",
         "service_disruption", False),
        ("Sio: des pirogues amenent des armes chaque semaine", "trafficking", False),
        ("Sio: un groupe de 20 femmes est arrive a pied de Boni", "displacement", False),
        ("ils ont fait du mal au chef de Sio cette nuit, on l a enterre ce matin", "attack",
         True),
        # s16pa–pb (the corpus paraphrased): the forces' absence however said, a base in
        # the forest (settled, not on its way), an object found that wounds, a school's
        # solar batteries stolen, arrivals in Fulfulde
        ("on ne voit plus aucun soldat a Sio depuis des mois", "security_forces_abuse", False),
        ("on raconte que les jihadistes ont installe une base dans la foret pres de Sio",
         "armed_presence", False),
        ("Sio: un garcon blesse par un objet trouve au champ", "explosive", True),
        ("les batteries solaires du CSCOM de Sio ont ete volees", "banditry", False),
        ("Yimɓe 100 ndogi Boni, ɓe ngari Sio hande.", "displacement", False),
        # the corpus's own misses, cross-validated: an attack of last Tuesday, calm now; a
        # call for talks; pasture taken, not herds; mistrust; a device described; Songhay
        # arrivals; Fulfulde and Bambara words for the forces' seizures and rackets
        ("Bilan de l attaque de Sio mardi passe: 5 morts. Situation calme mtn", "attack", False),
        ("Kalo temenen ils ont attaque Sio, 2 morts. Mtn c calme", "attack", False),
        ("Sio a ete attaque la semaine derniere, 3 tues. Depuis c est calme mais les gens"
         " dorment encore en brousse", "attack", False),
        ("les Peuls de Sio sont accuses et les autres les menacent, on demande des leaders pour"
         " parler", "intercommunal", False),
        ("les riziculteurs de Sio ont pris une partie du burgu des na'i", "land_dispute",
         False),
        ("A Sio les familles peules sont regardees avec mefiance, on refuse de leur vendre",
         "intercommunal", False),
        ("un fil electrique qui sort du sol sur la piste de Sio, avec un bidon enterre",
         "explosive", True),
        ("Fofo. Borey boobo kaa Sio bi, i fun Boni.", "displacement", False),
        ("Les VDP de Sio ɓe nanngi na'i amen", "security_forces_abuse", False),
        ("jandaramuw bɛ wari ta mɔgɔw fɛ sira kan Sio", "security_forces_abuse", False),
        # a coach stopped and robbed, the bandits gone: the digest; bandits holding the road
        ("Des bandits ont bloque le car de Sio et pris l argent. Personne n a ete blesse.",
         "banditry", False),
        ("bandits barrage rte Sio", "banditry", True),
        # s16i–l: English partners' words (an object that exploded, herds taken by armed men
        # as herders report, men taken away, a fire the wind pushes), an attack repulsed
        # (thanks notwithstanding), an attack announced and people leaving, a Bambara bush fire
        ("Sio: two children were injured when an object they found exploded", "explosive", True),
        (
            "Boni: herders report that 200 goats were taken by armed men at dawn",
            "cattle_theft",
            False,
        ),
        (
            "Sio: soldiers arrested the men of a hamlet this morning and took them away",
            "security_forces_abuse",
            True,
        ),
        (
            "Sio: a bush fire near the camp, the wind is pushing it towards the tents",
            "natural_hazard",
            True,
        ),
        ("Sio: merci aux militaires, ils ont repousse l attaque cette nuit", "attack", True),
        (
            "on dit qu il y aura une attaque a Sio cette nuit, les gens commencent a partir",
            "armed_presence",
            True,
        ),
        ("Sio: tasuma ye kungo jeni, a be taa dugu kan", "natural_hazard", True),
        # s16m–n: partners' English (weapons seized by customs, militants' rules, boys not
        # returned, a road cut by armed groups for a week), and French near-pairs
        ("Sio: weapons and ammunition were seized by customs in a truck", "trafficking", False),
        ("Sio: militants have ordered women to wear veils and banned music", "armed_presence",
         False),
        ("Sio: two boys have not returned since yesterday, armed men were seen nearby",
         "kidnapping", True),
        ("Sio: the road to Boni is cut by armed groups, no trucks for a week",
         "armed_presence", False),
        ("Sio: les militaires ont arrete un voleur de moto au marche", "other", False),
        ("Sio: les peuls et les bozos se sont battus pour le bourgou, 2 blesses",
         "land_dispute", True),
        ("Sio: l ecole a ete fermee par les hommes armes hier", "armed_presence", False),
        # s16o, s16q: partners' English prose
        ("Sio: a teacher was taken from his home by gunmen at 2am", "kidnapping", True),
        ("Sio: Dogon hunters and Fulani youths exchanged fire this afternoon",
         "intercommunal", True),
        ("Sio: a convoy of pick-ups with heavy machine guns was seen an hour ago",
         "armed_presence", True),
        ("Sio: a roadside device was spotted this morning, the road is closed until the"
         " deminers arrive", "explosive", True),
        ("Sio: gendarmes confiscate motorbikes at checkpoints and return them for money",
         "security_forces_abuse", False),
        ("Sio: the body of the herder who disappeared on Monday was found this morning",
         "attack", True),
        ("Sio: the ferry has stopped working, traders cannot cross the river",
         "service_disruption", False),
        ("Sio: the town has been under siege for months, food is airlifted",
         "armed_presence", False),
        ("Sio: hundreds of women and children arrived on foot from Boni, they say their"
         " village was attacked", "displacement", False),
        ("Sio: a farmer and a herder fought over crop damage, the herder was wounded",
         "land_dispute", True),
        ("Sio: the health centre was looted last night", "banditry", False),
        ("Sio: a mortar round hit a house this evening, two children injured", "attack", True),
        # s16r: a herder killed and the herd taken — the killing, not a feast's slaughter
        ("Sio: le berger a ete tue et les boeufs emportes hier soir", "attack", True),
        ("Sio: le berger tue, les boeufs voles", "attack", True),
        ("les bergers ont tue un mouton pour la fete a Sio", "other", False),
        # s16u–v: some passengers taken, "the others were released": an abduction under way;
        # a market closed after rumours of an attack; a meeting's orders; a mayor released
        ("Sio: armed men stopped a bus and took away four passengers, the others were"
         " released", "kidnapping", True),
        ("Sio: the main market was closed today after rumours of an attack",
         "service_disruption", False),
        ("Sio: fighters held a meeting in the mosque and told people not to cooperate with the"
         " army", "armed_presence", False),
        ("Sio: the mayor was released yesterday after two weeks in captivity", "kidnapping",
         False),
        # s16pi–pk (the corpus paraphrased): "on vient d'abattre le vieux", the herders who
        # will not pay for the damage to the field
        ("A Sio on vient d abattre le vieux Hamidou devant la mosquee", "attack", True),
        ("les eleveurs ne veulent pas payer les degats du champ de mil a Sio", "land_dispute",
         False),
        # s16x–y: aid received for the displaced, ammunition sold, an order to close the
        # market, young men taken to be enlisted, camels let into the gardens, a body found
        ("Sio: merci, le point focal a bien recu les vivres pour les deplaces", "other", False),
        ("Sio: ils vendent des munitions derriere la mosquee le vendredi", "trafficking", False),
        ("Sio: les hommes armes ont dit que le marche doit fermer a 14h desormais",
         "armed_presence", False),
        ("Sio: des hommes armes sont venus chercher les jeunes pour les enroler, 5 sont partis"
         " avec eux", "armed_presence", False),
        ("Sio: herders let their camels into the gardens again", "land_dispute", False),
        ("Sio: a young man was arrested by soldiers yesterday and his body was found this"
         " morning", "security_forces_abuse", True),
    ],
)  # fmt: skip
def test_reports_of_sessions_14_and_15_families_get_their_category_and_urgency(
    text, category, urgent
) -> None:  # noqa: ANN001
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent", "injured"),
    [
        # Bambara: "there is no fighting here, the village is well"
        ("Kɛlɛ tɛ yan, dugu ka nɛ Koro", "other", False, None),
        # "nobody was wounded" said after the theft
        ("Kunu su, sonw ye misi 30 ta Ténenkou kɛrɛfɛ, mɔgɔ ma joginna", "cattle_theft", False, 0),
        # a question about aid, not a report
        (
            "Bonjour, je voulais savoir si vous pouvez aider les deplaces de Sévaré pour les "
            "moustiquaires. Merci",
            "other",
            False,
            None,
        ),
        # a closure after threats: the closure is the news (as "fermée depuis que …")
        (
            "le marche de Arbinda est ferme depuis les menaces des groupes armes",
            "service_disruption",
            False,
            None,
        ),
        # Fulfulde: the army killed ten people in the bush, saying they were jihadists
        (
            "Konu ngari Djibo, ɓe mbari yimɓe sappo e ladde, ɓe mbii ɓe jihadistes ɓe",
            "security_forces_abuse",
            True,
            None,
        ),
        ("kolera bɛ Kayes, mɔgɔ 5 sara bi", "natural_hazard", True, None),  # cholera, 5 dead
        (
            "Dear team, update from Djibo: since Monday two water points are out of service "
            "because the generator fuel did not arrive.",
            "service_disruption",
            False,
            None,
        ),
        # the harvest burned last night, nobody hurt: the digest, as granaries in French
        (
            "Tillabéri: armed men set fire to the harvest of three villages near Ayorou last "
            "night, nobody was hurt",
            "attack",
            False,
            0,
        ),
        # the flight told first, men said to be coming: the flight (urgent, it reaches the
        # security unit too)
        (
            "Les gens de Tongomayel fuient vers Djibo ce matin, ils disent que les jihadistes "
            "arrivent",
            "displacement",
            True,
            None,
        ),
        # explosives traded are the trade, not a device laid
        (
            "Orpailleurs et trafiquants de dynamite se retrouvent au site de Kalsaka chaque "
            "semaine",
            "trafficking",
            False,
            None,
        ),
    ],
)
def test_session_17_first_sight_misses(text, category, urgent, injured) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.injured) == (category, urgent, injured)


@pytest.mark.parametrize(
    ("text", "category", "urgent", "injured"),
    [
        # the forces and armed men clashing: a fight, not a sighting
        (
            "Les FAMa et des hommes armés s'affrontent en ce moment près de Boulkessi",
            "attack",
            True,
            None,
        ),
        (
            "Filingué: accrochage entre l'armée et des terroristes en cours à 10 km de la ville",
            "attack",
            True,
            None,
        ),
        # two communities clashing, the soldiers come after: still their clash
        (
            "Les Peuls et les Dogons s'affrontent a Koro, les militaires sont arrivés",
            "intercommunal",
            True,
            None,
        ),
        # the till taken, "personne blessé": nobody hurt, nobody abducted
        (
            "Hier soir des bandits ont braqué la boutique de Moussa a Niono, ils ont pris la "
            "caisse, personne blessé",
            "banditry",
            False,
            0,
        ),
        # weapons bought are a trade; armed men who buy food are armed men
        (
            "Des gens viennent acheter des armes au marché de Léré le dimanche, on les voit "
            "charger dans les sacs",
            "trafficking",
            False,
            None,
        ),
        (
            "Des hommes armés campent dans la forêt à 3 km de Sio depuis une semaine, ils "
            "viennent acheter au marché",
            "armed_presence",
            False,
            None,
        ),
        # newcomers sheltered in a school: the arrivals, not the school
        (
            "Des familles de Mondoro arrivent a Douentza depuis 3 jours, elles dorment a l'école",
            "displacement",
            False,
            None,
        ),
        (
            "The well in Gorom-Gorom has been broken for two weeks, women walk 8 km for water",
            "service_disruption",
            False,
            None,
        ),
    ],
)
def test_session_19_first_sight_misses(text, category, urgent, injured) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.injured) == (category, urgent, injured)


@pytest.mark.parametrize(
    ("text", "category", "urgent", "dead", "injured"),
    [
        # "shot dead": the herders counted, though their cattle follow
        ("two herders were shot dead near Ayorou, their cattle taken", "attack", True, 2, None),
        # a disappearance told by its noun; his motorbike found, not him
        (
            "On signale la disparition d'un commerçant entre Mopti et Djenné depuis avant-hier, "
            "sa moto a été retrouvée au bord de la route",
            "kidnapping",
            True,
            None,
            None,
        ),
        ("la disparition de 20 boeufs a Nampala", "cattle_theft", False, None, None),
        # what a bush fire burned, nobody hurt: the hazard, for the digest
        (
            "feu de brousse a Kaya, les champs de mil ont brûlé mais personne n'est blessé",
            "natural_hazard",
            False,
            None,
            0,
        ),
        # an accident's toll is no attack
        ("Accident de car a Bla, 4 morts et 12 blessés", "other", False, None, None),
        # thieves caught and handed over: the theft solved
        (
            "les voleurs de bétail ont été rattrapés par les jeunes de Niono et remis a la "
            "gendarmerie",
            "other",
            False,
            None,
            None,
        ),
        # armed men who drove a flock off and wounded its herder: the theft, urgent
        (
            "Des gens armés ont emporté 200 moutons a Nampala et blessé un berger par balle",
            "cattle_theft",
            True,
            None,
            1,
        ),
        # two sides that threaten each other: the mediators' digest; a threat of revenge made
        # by one side: urgent
        (
            "Les Peuls de Dioura accusent les Bambaras d'avoir volé leurs boeufs, les deux camps "
            "se menacent",
            "intercommunal",
            False,
            None,
            None,
        ),
        (
            "Après l'assassinat d'un Peul, des jeunes peuls menacent de se venger contre les "
            "Dogons de Sio",
            "intercommunal",
            True,
            1,  # the murder that started it
            None,
        ),
    ],
)
def test_session_19_second_round(text, category, urgent, dead, injured) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.dead, result.injured) == (
        category,
        urgent,
        dead,
        injured,
    )


def test_a_market_emptied_by_robberies_is_the_disruption() -> None:
    result = triage(
        "Les transporteurs ne vont plus a Léré a cause des braquages, le marché est vide"
    )
    assert (result.category, result.urgent) == ("service_disruption", False)


def test_shots_heard_last_night_and_calm_this_morning_are_for_the_digest() -> None:
    result = triage(
        "Des coups de feu hier soir a Macina, on ne sait pas ce qui s'est passé, ce matin "
        "c'est calme"
    )
    assert (result.category, result.urgent) == ("attack", False)
    # shots heard now are urgent however calm the writer says it was before
    assert triage("Des coups de feu en ce moment a Macina").urgent


def test_young_men_mustering_against_a_community_are_a_matter_between_communities() -> None:
    result = triage(
        "Des jeunes armés de fusils de chasse se regroupent a Bankass pour aller attaquer le "
        "campement peul"
    )
    assert (result.category, result.urgent) == ("intercommunal", True)
    # an armed group's attack stays the attack
    assert triage("Les jihadistes ont attaqué le campement peul de Bankass ce matin").category == (
        "attack"
    )


@pytest.mark.parametrize(
    ("text", "category", "urgent", "dead"),
    [
        # a dam that gave way is no checkpoint ("barrage")
        (
            "Le barrage de Markala a cédé, l'eau envahit les quartiers, des gens sont sur les "
            "toits",
            "natural_hazard",
            True,
            None,
        ),
        # an owner's animals shot down count no dead
        (
            "Les animaux d'un Peul ont été abattus par des cultivateurs a Tominian parce qu'ils "
            "étaient dans le champ",
            "land_dispute",
            False,
            None,
        ),
        ("Le berger qui gardait les boeufs de Sio a été tué cette nuit", "attack", True, 1),
    ],
)
def test_session_19_fourth_round(text, category, urgent, dead) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.dead) == (category, urgent, dead)


def test_a_teacher_not_back_since_the_holidays_is_no_abduction() -> None:
    result = triage("Le maître de l'école de Sofara n'est pas revenu depuis les vacances")
    assert result.category != "kidnapping" and not result.urgent
    assert triage("Le maître de l'école de Sofara n'est pas rentré depuis hier soir").urgent


def test_the_abducted_found_dead_are_an_attack() -> None:
    result = triage(
        "Hier soir des hommes armés ont enlevé 2 commerçants sur la route de Boni, ce matin on "
        "a retrouvé leurs corps"
    )
    assert (result.category, result.urgent) == ("attack", True)


def test_people_fleeing_a_neighbouring_village_encircled_are_the_flight() -> None:
    result = triage(
        "Les gens de Youwarou fuient vers Mopti ce matin, les hommes armés ont encerclé le "
        "village voisin"
    )
    assert (result.category, result.urgent) == ("displacement", True)


def test_a_death_threat_by_phone_is_passed_on_not_alerted_at_once() -> None:
    result = triage("Le chef de Dioura a reçu des menaces de mort par téléphone des jihadistes")
    assert (result.category, result.urgent) == ("armed_presence", False)
    # armed men who threaten where the writer is stay urgent
    assert triage("Des hommes armés menacent les gens au marché de Dioura en ce moment").urgent


def test_whereabouts_unknown_after_armed_men_or_after_an_arrest() -> None:
    taken = triage(
        "Bsr ici Ténenkou, des hommes armés ont fouillé le car de Mopti a l'entrée de la ville "
        "et fait descendre 2 passagers, on ne sait pas où ils sont"
    )
    assert (taken.category, taken.urgent) == ("kidnapping", True)
    arrested = triage(
        "les militaires ont arrêté 5 jeunes peuls au marché de Sévaré hier et on ne sait pas "
        "où ils sont"
    )
    assert (arrested.category, arrested.urgent) == ("security_forces_abuse", False)


def test_a_question_about_the_service_is_no_complaint() -> None:
    result = triage("Bonjour, est-ce que vous travaillez avec l'armée?")
    assert (result.category, result.urgent) == ("other", False)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("canicule a Tombouctou, deux vieux sont morts de la chaleur", 2),
        ("deux vieux sont morts de chaud a Gao cette semaine", 2),
        ("a Tessit deux personnes sont mortes de faim", 2),
        ("la chaleur a tué deux vieux a Gao", 2),
        ("coup de chaleur: un berger est mort a Ménaka", 1),
        # the model alone reads no incident in these: the cause named makes the hazard
        ("Heat wave in Gao: three elderly people died this week", 3),
        ("3 children died of malaria in Gao", 3),
    ],
)
def test_deaths_from_the_heat_or_hunger_are_a_hazard_not_an_attack(text, dead) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.dead) == ("natural_hazard", True, dead)


def test_children_taken_to_work_in_the_mines_are_trafficked_not_a_device() -> None:
    result = triage(
        "Des enfants talibés sont transportés dans des camions vers la Côte d'Ivoire depuis "
        "Ségou, on dit qu'ils vont travailler dans les mines"
    )
    assert (result.category, result.urgent) == ("trafficking", False)


def test_thanks_for_the_forces_who_came_and_calm_since_are_no_complaint() -> None:
    result = triage(
        "merci pour votre aide, les militaires sont venus hier et maintenant ça va à Sio"
    )
    assert (result.category, result.urgent) == ("other", False)
    beaten = triage("merci, les militaires ont frappe mon frere a Sio mais maintenant ca va")
    assert beaten.category == "security_forces_abuse"  # their abuse told, however calm now


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # where the displaced are now: for the digest
        (
            "Les peuls de Sio ont quitté leurs campements après les menaces, "
            "ils sont à Djibo maintenant",
            False,
        ),
        ("Families left Sio after the threats, they are now in Djibo", False),
        # a flight under way, whatever else is said of where some are
        ("les gens quittent Sio maintenant", True),
        ("Les gens de Sio fuient maintenant, certains sont à Djibo maintenant", True),
    ],
)
def test_the_displaced_said_to_be_somewhere_now_are_not_fleeing_now(text, urgent) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("displacement", urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # the flight told first, the ultimatum after it: the flight is the news
        (
            "Bonsoir, les gens de Sio quittent la ville en ce moment, "
            "les jihadistes ont donné un ultimatum",
            "displacement",
            True,
        ),
        # a service closed since an abduction: the closure is the news
        (
            "The health centre in Sio has been closed since the nurse was abducted last month.",
            "service_disruption",
            False,
        ),
        (
            "Les bergers de Sio disent que leurs animaux meurent, pas d'eau et pas de pâturage",
            "natural_hazard",
            False,
        ),  # fmt: skip
        # a town cut off for weeks: its supplies (as "le blocus de Boni dure depuis 3 semaines")
        (
            "Reports indicate that the JNIM has imposed a blockade on Sio, "
            "no food has entered for weeks.",
            "service_disruption",
            False,
        ),
    ],
)
def test_what_the_news_is_when_its_cause_is_told_too(text, category, urgent) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        # "le pri" is the price, not "pris" (taken)
        ("le pri du sac de riz a doublé a Sio a cause du blocus", "service_disruption", False),
        # calm told, then a service still missing: the missing service is the news
        (
            "Rapport du relais de Sio: la situation est calme depuis une semaine, les marchés "
            "fonctionnent, mais le CSCOM n'a toujours pas de médicaments.",
            "service_disruption",
            False,
        ),
        # armed men camped by the village, living off it: their presence, urgent
        (
            "Les gens de Sio disent que des hommes en armes se sont installés dans la forêt à "
            "côté du village depuis 3 jours, ils viennent prendre de la nourriture la nuit.",
            "armed_presence",
            True,
        ),
        # English "since" opening a clause: the attack is why the medicines are missing
        (
            "The health centre of Sio has no medicine since the convoy was attacked last month.",
            "service_disruption",
            False,
        ),
    ],
)
def test_round_three_of_session_21(text, category, urgent) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == (category, urgent)


def test_a_beating_spelt_by_ear_and_a_death_not_yet() -> None:
    beaten = triage("dans le village de Sio les soldat on frapé mon frere il est a lhopital")
    assert (beaten.category, beaten.urgent, beaten.injured) == ("security_forces_abuse", True, 1)
    measles = triage("la rougeole touche les enfants du site de Sio, 15 cas, pas encore de décès")
    assert (measles.category, measles.dead) == ("natural_hazard", 0)


def test_households_arriving_with_their_village_named_between() -> None:
    arrivals = triage("Des familles de Toguéré-Coumbé arrivent à Ténenkou depuis hier")
    assert (arrivals.category, arrivals.urgent) == ("displacement", False)
    # the families who can no longer cope, and a wedding's guests, are no arrivals
    assert triage("le prix du mil a explosé a Sio, les familles n'arrivent plus").category != (
        "displacement"
    )
    assert triage("les familles de mon quartier sont arrivees au mariage a Mopti").category == (
        "other"
    )


def test_a_road_closed_after_repeated_attacks_is_the_closure() -> None:
    result = triage(
        "The road from Djibo to Kantchari is closed after repeated attacks, trucks are waiting."
    )
    assert (result.category, result.urgent) == ("service_disruption", False)


def test_forces_wounded_in_an_ambush_were_attacked() -> None:
    result = triage("Deux gendarmes ont été blessés dans une embuscade près de Sio")
    assert (result.category, result.urgent, result.injured) == ("attack", True, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Les chasseurs ont tué un phacochère près de Sio",  # a hunt, not the dozos
        "Les déplacés de Sio sont rentrés chez eux, la situation est calme",  # back home
    ],
)
def test_a_hunt_and_a_return_home_are_no_incident(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("other", False)


def test_young_men_armed_heading_for_a_communitys_village_are_intercommunal() -> None:
    result = triage("Un groupe de jeunes armés de machettes est parti vers le village peul de Sio")
    assert (result.category, result.urgent) == ("intercommunal", True)
    hunted = triage("les chasseurs ont tué un berger près de Sio")
    assert (hunted.category, hunted.dead) == ("attack", 1)  # a person killed is no hunt


def test_english_words_that_are_also_hamlets_are_no_places() -> None:
    result = triage("A woman was killed by a stray bullet during clashes in Téra market")
    assert result.places == ("Téra",)


def test_deaths_with_no_cause_named_are_no_incident() -> None:
    result = triage("three people died in Gao this week")
    assert (result.category, result.urgent, result.dead) == ("other", False, None)


def test_a_weapon_beside_the_heat_keeps_the_attack() -> None:
    result = triage("malgré la chaleur des hommes armés ont tiré sur le marché de Gao, 2 morts")
    assert (result.category, result.urgent) == ("attack", True)


@pytest.mark.parametrize(
    "text",
    [
        "Un drone a survolé le village de Boni toute la nuit",
        "On entend des drones au dessus de Mondoro depuis ce matin, les gens ont peur",
        "Drones overhead Boulkessi all night, people are scared",
    ],
)
def test_drones_overhead_that_struck_nothing_are_an_armed_presence_for_the_digest(text) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("armed_presence", False)


def test_a_drone_strike_or_armed_men_beside_a_drone_stay_urgent() -> None:
    strike = triage("un drone a frappé un mariage près de Douentza, il y a beaucoup de morts")
    assert (strike.category, strike.urgent) == ("attack", True)
    assert triage("des hommes armes a moto et un drone au dessus de Boni en ce moment").urgent


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("A motorbike taxi driver hit a landmine near Boni, he lost both legs.", 1),
        ("The gendarmes arrested my brother in Djenné and beat him, he is bleeding.", 1),
        ("Women near Kaya were raped by armed men, two of them are at the hospital.", 2),
        ("des femmes ont été violées près de Kaya, deux d'entre elles sont à l'hôpital", 2),
    ],
)
def test_wounds_said_without_a_word_of_injury_count(text: str, injured: int) -> None:
    result = triage(text)
    assert (result.urgent, result.injured) == (True, injured)


def test_the_killing_of_a_person_counts_one_dead() -> None:
    result = triage("Tension in Koro after the killing of a herder, youths gather with machetes")
    assert (result.category, result.urgent, result.dead) == ("intercommunal", True, 1)
    assert triage("the murder of the village chief of Kelbo").dead == 1
    assert triage("after the death of a cow in Koro").dead is None


def test_english_herds_in_the_crops_and_fuel_run_in_trucks() -> None:
    fields = triage("Cattle of the herders destroyed the millet fields of Dinangourou farmers")
    assert fields.category == "land_dispute"
    fuel = triage("Trucks loaded with fuel come in at night from Algeria to Kidal")
    assert fuel.category == "trafficking"


@pytest.mark.parametrize(
    "text",
    [
        "The market of Arbinda has not opened for two weeks because traders fear attacks.",
        "Le marché de Arbinda n'a pas ouvert depuis deux semaines, on a peur des attaques",
    ],
)
def test_a_service_that_did_not_open_for_fear_of_attacks_is_the_closure(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("service_disruption", False)


def test_taking_people_away_is_an_abduction_not_taking_someone_to_care() -> None:
    taken = triage("Armed men go from house to house in Mondoro taking young men away")
    assert (taken.category, taken.urgent) == ("kidnapping", True)
    cared = triage("the villagers are taking the sick boy away to Mopti hospital")
    assert cared.category == "other"


def test_a_broken_bridge_stops_the_trucks_nobody_holds_the_road() -> None:
    bridge = triage("le pont de Konna est cassé, les camions ne passent plus")
    assert (bridge.category, bridge.urgent) == ("service_disruption", False)
    held = triage("les hommes armés ont cassé le pont de Konna, les camions ne passent plus")
    assert (held.category, held.urgent) == ("armed_presence", True)


def test_armed_men_arriving_are_no_weapons_arriving() -> None:
    result = triage(
        "les gens de Dioura fuient vers Diafarabé, ils disent que les hommes armés arrivent"
    )
    assert (result.category, result.urgent) == ("displacement", True)
    assert triage("Des armes arrivent par pirogue à Léré la nuit").category == "trafficking"


@pytest.mark.parametrize(
    "text",
    [
        "bjr, je veux savoir si vous donnez des vivres aux deplaces",
        "est ce que vous aidez les déplacés de Bankass?",
        "do you give food to displaced people?",
    ],
)
def test_a_question_to_the_service_about_the_displaced_is_no_alert(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("other", False)


def test_a_question_that_tells_an_arrival_keeps_it() -> None:
    result = triage("je veux savoir si vous pouvez aider, les deplaces arrivent en masse a Bankass")
    assert result.category == "displacement"


def test_motorbikes_carried_off_are_a_robbery_and_a_trader_with_his_a_kidnapping() -> None:
    goods = triage("hier soir 3 motos ont été enlevées aux commerçants par des bandits armés")
    assert (goods.category, goods.urgent) == ("banditry", False)
    person = triage("le commerçant et sa moto ont été enlevés près de Boni")
    assert (person.category, person.urgent) == ("kidnapping", True)


def test_arrivals_after_an_attack_are_the_displacement() -> None:
    text = "Suite à l'attaque de lundi, plus de 150 personnes de Ouenkoro sont arrivées à Bankass"
    result = triage(text)
    assert (result.category, result.urgent) == ("displacement", False)
    counted = triage("Suite à l'attaque de ce matin à Boni, 3 morts et 5 blessés")
    assert (counted.category, counted.urgent, counted.dead) == ("attack", True, 3)


def test_youths_of_two_villages_who_fought_are_intercommunal() -> None:
    text = "Les jeunes de Sofara et ceux de Kouakourou se sont battus au marché, la mairie a calmé"
    result = triage(text)
    assert (result.category, result.urgent) == ("intercommunal", False)


def test_gat_is_burkina_fasos_acronym_for_armed_groups() -> None:
    result = triage(
        "Des GAT ont interdit aux femmes de Tankougounadié d'aller au marché sans voile"
    )
    assert (result.category, result.urgent) == ("armed_presence", False)
    assert triage("un gateau pour la fête a Gathi-Loumo").category == "other"


def test_a_threat_told_as_done_is_for_the_digest_armed_men_at_the_door_are_not() -> None:
    told = triage(
        "Les femmes de Solhan n'osent plus aller au bois, les hommes armés les ont menacées"
    )
    assert (told.category, told.urgent) == ("armed_presence", False)
    here = triage("des hommes armés ont menacé les femmes au puits de Solhan, ils sont encore là")
    assert here.urgent


def test_a_bridge_that_fell_cuts_the_road() -> None:
    bridge = triage("le pont de Konna s'est effondré, la route est coupée")
    assert bridge.category == "service_disruption"


def test_animals_being_tended_are_not_the_dead() -> None:
    text = "Pama: 3 enfants ont sauté sur un engin explosif en gardant les animaux, un est mort"
    result = triage(text)
    assert (result.category, result.dead) == ("explosive", 1)


def test_aid_arriving_at_a_displaced_site_is_good_news() -> None:
    aid = triage("Merci, les vivres sont arrivés au site des PDI de Kaya ce matin")
    assert (aid.category, aid.urgent) == ("other", False)
    people = triage("200 familles sont arrivées au site de Kaya depuis hier")
    assert people.category == "displacement"


def test_a_threat_heard_on_the_phone_is_passed_on_calmly() -> None:
    for text in (
        "Our village chief received a phone call from jihadists threatening to kill him",
        "le chef a reçu un appel téléphonique des jihadistes qui menacent de le tuer",
    ):
        result = triage(text)
        assert (result.category, result.urgent) == ("armed_presence", False)
    assert triage("ils menacent de nous tuer, ils sont devant la maison").urgent


def test_a_clinic_abandoned_since_the_attack_is_the_closure() -> None:
    text = "The Inatès health centre has been abandoned by its staff since the attack last month."
    result = triage(text)
    assert (result.category, result.urgent) == ("service_disruption", False)


def test_displaced_families_who_received_tents_are_good_news() -> None:
    result = triage("Displaced families in Kaya received tents and food today, thank you.")
    assert (result.category, result.urgent) == ("other", False)


def test_bambara_with_french_news_words_is_mixed() -> None:
    assert triage("attaque a Sio ce matin, mɔgɔ duuru sara, an bɛ siran kosɛbɛ").lang == "mixed"
    assert triage("moto 3 sonyalila Konna sugu la bi sɔgɔma").lang == "bm"


def test_bambara_communities_in_the_plural_and_many_dead() -> None:
    result = triage("Peulw ni Dogonw bɛ kɛlɛ la Koro, mɔgɔ caman sara")
    assert (result.category, result.urgent) == ("intercommunal", True)


def test_bambara_caught_by_the_forces_is_an_arrest_by_armed_men_an_abduction() -> None:
    arrest = triage("Sorodasiw ye ne balima minɛ sugu la Djenné, u ma a fɔ mun na")
    assert (arrest.category, arrest.urgent) == ("security_forces_abuse", False)
    taken = triage("marifatigiw ye dugutigi minɛ Dinangourou")
    assert (taken.category, taken.urgent) == ("kidnapping", True)


def test_bambara_people_leaving_now_because_the_armed_men_came() -> None:
    result = triage("Mɔgɔw bɛ ka bɔ Dioura sisan, marifatigiw nana")
    assert (result.category, result.urgent) == ("displacement", True)


def test_a_football_score_told_in_war_words_is_no_massacre() -> None:
    result = triage("Le match Mopti contre Ségou, on les a massacrés 3-0 !")
    assert (result.category, result.urgent, result.dead) == ("other", False, None)


@pytest.mark.parametrize(
    "text",
    [
        "On n'a plus de nouvelles de mon frère depuis qu'il est parti au marché de Boni lundi",
        "We have no news of my son since Monday in Djibo",
    ],
)
def test_no_news_of_a_person_named_after_it_is_feared_abducted(text: str) -> None:
    result = triage(text)
    assert (result.category, result.urgent) == ("kidnapping", True)


def test_no_news_of_a_convoy_is_no_abduction() -> None:
    assert triage("no news of the food convoy to Djibo since Monday").category != "kidnapping"


@pytest.mark.parametrize(
    ("text", "category", "dead", "injured"),
    [
        ("urgen les jiadist son o villag de Kelbo mintnan il tir partou", "attack", None, None),
        (
            "les militr on tabasé mon frer o chekpoin de Boré il sein bcp",
            "security_forces_abuse",
            None,
            1,
        ),
        ("tension ent peul e dogon a Sangha aprè le meurtr dun bergé", "intercommunal", 1, None),
        ("le palu tu les enfan a Djenné deja 4 mor cete semène", "natural_hazard", 4, None),
    ],
)
def test_sms_spelt_by_ear(text: str, category: str, dead: int | None, injured: int | None) -> None:
    result = triage(text)
    assert (result.category, result.urgent, result.dead, result.injured) == (
        category,
        True,
        dead,
        injured,
    )
    assert "Semène" not in result.places
