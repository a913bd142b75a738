"""What words mean: a multilingual lexicon of categories, urgency, negation and time.

Stems are matched on normalised tokens (see `normalise`), so "attaquée",
"attaque", "ATTAQUE" and "attaaaque" all hit `attaq`. The lists come from
TAXONOMY.md's typical words and from how people in central Mali, the Burkina
Sahel and Tillabéri write: French SMS spelling, Bambara, Fulfulde, Songhay,
English. They generalise to messages never seen, which the learned model alone
would not on a corpus of a few hundred lines.
"""

from __future__ import annotations

# Drones overhead that struck nothing ("un drone a survolé Sofara toute la nuit"): an
# armed presence watched from the sky, not urgent by itself (as s12z19, s19k13).
DRONES_OVERHEAD = [
    "drone a survole", "drones survolent", "drone survole", "entend des drones",
    "drones au dessus", "drone au dessus", "drones overhead",
]  # fmt: skip

# (stem or phrase, weight). A phrase (with spaces) must appear as consecutive tokens;
# a stem matches any token that starts with it.
CATEGORIES: dict[str, list[tuple[str, float]]] = {
    "attack": [
        ("abattent", 2.0),
        ("abattre", 2.0),  # "on vient d'abattre le vieux" (an animal after it: SLAUGHTER)
        ("exchanged fire", 3.0),
        ("the body of", 2.5),  # "the body of the herder who disappeared was found"
        ("round hit", 3.5),  # "a mortar round hit a house": shelled (found unexploded: a device)
        ("shell hit", 3.5),
        ("shells hit", 3.5),
        ("repousse l attaque", 3.5),  # an attack repulsed is an attack (s12m10, s13o21)
        ("repousse les assaillants", 3.5),
        ("repulsed", 3.0),
        ("ont fait du mal", 2.5),  # "ils ont fait du mal au chef": the euphemism of a killing
        ("killing people", 3.0),
        ("are killing", 3.0),
        ("bodies were found", 3.0),  # people were killed (by whom, the rest of the text says)
        ("bodies found", 3.0),
        ("body was found", 3.0),
        ("slaughtered", 3.0),  # "villagers were slaughtered" (sheep after it: SLAUGHTER)
        ("mitraille", 3.0),  # mitraillé: machine-gunned (a whole word: not "mitrailleuse")
        ("attentat", 3.5),
        ("wongu", 2.5),  # ses: war, fighting
        ("recu une balle", 3.0),  # shot
        ("pris une balle", 3.0),
        ("laisse pour mort", 3.0),  # beaten and left for dead
        ("laissee pour morte", 3.0),
        ("fusillade", 3.0),
        ("retrouve le corps", 3.0),  # a body found: someone was killed
        ("retrouve mort", 3.0),
        ("retrouvee morte", 3.0),
        ("ete incendie", 3.0),  # set on fire by someone
        ("ete incendiee", 3.0),
        ("ete incendies", 3.0),
        ("ete incendiees", 3.0),
        ("combats", 2.5),  # fighting (not "combattants", the fighters)
        ("armes lourdes", 1.0),
        ("coup de feu", 2.5),
        ("cou de feu", 2.5),  # spelt by ear
        ("cous de feu", 2.5),
        ("on tire", 2.5),
        ("par balle", 3.0),  # wounded or killed by a bullet
        ("incendie volontaire", 3.0),  # arson
        ("incendie criminel", 3.0),
        ("ont incendie", 2.5),
        ("greniers brules", 2.5),
        ("kele", 2.5),  # Bambara kɛlɛ: fighting, war
        ("ouvert le feu", 3.0),
        ("ouvrent le feu", 3.0),
        ("pris pour cible", 3.5),  # a post or a village targeted (shells, gunfire)
        ("pilonn", 3.0),  # shelled
        ("bombard", 3.5),  # from the air: an attack, not a device found on the ground
        ("frappe aerienne", 4.0),
        ("frappes aeriennes", 4.0),
        ("airstrike", 4.0),
        ("air strike", 4.0),
        ("drone a frappe", 4.0),  # "un drone a frappé un rassemblement de jihadistes"
        ("drone strike", 4.0),
        ("frappe de drone", 4.0),
        ("violee", 3.0),  # sexual violence by armed men is an assault
        ("ont abuse de", 3.0),
        ("a ete battu", 2.5),  # a teacher beaten in front of his pupils
        ("ont battu", 2.0),
        ("violees", 3.0),
        ("viole par", 3.0),
        ("violes par", 3.0),
        ("raped", 3.0),
        ("sexual violence", 3.0),
        ("cadavre", 3.0),  # bodies found: people were killed
        ("corps sans vie", 3.0),
        ("clash", 2.5),
        ("clashed", 2.5),
        ("clashes", 2.5),
        ("fighting", 2.0),
        ("assault", 2.5),
        ("attacked", 3.0),
        ("gunfire", 2.5),
        ("gunshot", 3.0),
        ("tuent", 3.0),  # "ils tuent": killing as the person writes
        ("mis le feu", 3.0),  # arson: "ils ont mis le feu au CSCOM"
        ("maisons en feu", 3.0),
        ("village en feu", 3.0),
        ("greniers en feu", 3.0),
        ("incendie de greniers", 3.0),  # granaries burned: arson, the armed groups' way
        ("incendie village", 3.0),  # a village on fire
        ("incendie du village", 3.0),
        ("incendie des greniers", 3.0),
        ("greniers incendies", 3.0),
        ("greniers brules", 3.0),
        ("en feu", 2.0),  # "Mondoro en feu": a place burning
        ("bless grave", 2.5),  # "bless grave a Sio": someone badly hurt
        ("bles grave", 2.5),
        ("entend des armes", 3.0),  # "on entend des armes lourdes"
        ("militants", 1.5),
        ("insurgents", 1.5),
        ("murdered", 2.5),
        ("meurtre", 3.0),  # "meurtre d'un berger": a killing
        ("encercl", 3.0),  # a village surrounded
        ("shells fell", 3.5),  # "mortar shells fell on the town": shelling, an attack
        ("obus sont tombes", 3.5),  # shelling: an attack
        ("obus tombes", 3.5),
        ("obus sont tombe", 3.5),
        ("criminel", 2.0),  # a fire set on purpose
        ("ripost", 2.0),  # soldiers fighting back: an attack on them
        ("murder", 3.0),
        ("massacre", 3.0),
        ("stormed", 2.5),
        ("burned", 1.5),
        ("torched", 1.5),
        ("burning", 2.5),  # "armed men are burning the granaries"
        ("set fire", 3.0),
        ("tuer", 2.5),
        ("vient de tuer", 3.0),
        ("tire sur", 2.5),
        ("ont tire", 2.5),
        ("tirent sur", 2.5),
        ("fired on", 2.5),
        ("opened fire", 3.0),
        ("attaq", 2.5),
        ("attack", 2.5),
        ("tir", 1.2),
        ("tire", 1.5),
        ("coups de feu", 2.5),
        ("assaillant", 2.5),  # the attackers, named by what they did
        ("poignard", 2.5),  # stabbed
        ("brulent", 2.0),  # houses, shops, granaries set alight
        ("ont brule", 2.0),
        ("coups de fusil", 2.5),
        ("coup de fusil", 2.0),
        ("fusillade", 2.5),
        ("tues", 2.0),
        ("tue", 1.5),
        ("tuee", 2.0),  # "une femme a été tuée": "tue" is a whole word (not "tuesday")
        ("tuait", 2.0),
        ("tuaient", 2.0),
        ("tiraient", 2.5),
        ("tirait", 2.5),
        ("tuant", 2.5),  # "… tuant 3 civils"
        ("tirant", 2.0),
        ("brulaient", 2.0),
        ("brulait", 2.0),
        ("mort", 1.2),
        ("assassin", 2.5),
        ("egorg", 3.0),
        ("decapit", 3.0),
        ("massacr", 3.0),
        ("abattu", 2.0),
        ("execut", 2.0),
        ("incendi", 1.2),
        ("brule", 1.0),
        ("jeni", 1.2),  # bm: burned
        ("boro kar", 2.5),  # ses: beating people ("i go boro kar")
        ("go ka kar", 2.5),  # ses: they are striking ("i go ka kar")
        ("corps", 1.5),  # bodies found ("2 corps au bord de la route")
        ("fouett", 2.0),  # a chief whipped before everyone
        ("sans vie", 3.0),  # "retrouvé sans vie": a body
        ("a parle fort", 3.0),  # "ça a parlé fort cette nuit": heavy gunfire
        ("ca a parle", 2.5),
        ("calcine", 1.5),  # a vehicle burnt out on a road
        ("jogin", 1.0),  # bm: wounded (as "blessé")
        ("jogira", 1.0),
        ("sara", 1.5),  # bm: died ("mɔgɔ duuru sara")
        ("se cachent", 2.0),  # people hiding from gunmen
        ("on se cache", 2.0),
        ("sugu jeni", 2.5),  # bm: the market, the houses, the village burned
        ("so jeni", 2.5),
        ("sow jeni", 2.5),
        ("dugu jeni", 2.5),
        ("killed", 2.5),
        ("kills", 2.5),  # English forms no stem reached ("killing" is left to the model:
        # "gendarmes entered the village, killing three civilians" is the forces')
        ("shoot", 2.0),
        ("burnt", 2.0),
        ("gunman", 1.5),
        ("shot", 2.0),
        ("shooting", 2.5),
        ("gunmen", 1.5),
        ("raid", 1.5),
        ("binkanni", 3.0),
        ("mogow bugo", 2.5),  # bm: beating people
        ("mogow gosi", 2.5),  # bm: beating people
        ("be mogow gosi", 3.0),
        ("tasuma don so", 3.0),  # bm: setting fire to houses
        ("sous les balles", 3.0),  # "parti rejoindre Dieu sous les balles": shot dead
        ("faga", 2.5),
        ("fagara", 2.5),
        ("marifa ci", 2.0),
        ("mbari", 2.5),
        ("mbarlee", 2.5),  # ff: are being killed
        ("fetel fuddii", 3.0),  # ff: the shooting has started
        ("warii", 2.0),
        ("fiɗi", 1.0),
        ("fidi", 1.0),
        ("wi", 0.6),
        ("tirent", 2.0),
        ("tirs", 2.0),
        ("assaut", 2.0),
        ("agress", 1.5),
        ("blesse", 1.0),
        ("ont frappe", 0.5),
        ("embuscade", 2.5),
        ("stray bullet", 3.0),  # hit by a shot meant for someone else: shots were fired
        ("balle perdue", 3.0),
        ("ambush", 2.5),
    ],
    "kidnapping": [
        ("captivity", 3.0),  # "released after two weeks in captivity"
        ("was taken from", 3.0),  # "a teacher was taken from his home by gunmen"
        ("were taken from", 3.0),
        ("whereabouts unknown", 1.5),
        ("snatched", 3.0),
        ("ete capture", 3.0),  # "le conducteur a été capturé par des hommes armés"
        ("retenus par", 3.0),  # held by armed men: hostages
        ("retenu par", 3.0),
        ("retenue par", 3.0),
        ("retenues par", 3.0),
        ("l ont amene avec eux", 3.5),  # taken along with them
        ("l ont emmene avec eux", 3.5),
        ("amene avec eux", 3.0),
        ("emmene avec eux", 3.0),
        ("prend les gens", 3.0),  # "il pren les gens": taking people as the person writes
        ("prennent les gens", 3.0),
        ("pris des gens", 3.0),
        ("venus chercher", 2.5),  # came for someone at home
        ("emmenent", 2.0),  # take people away
        ("emmene de force", 3.0),
        ("emmenes de force", 3.0),
        ("ravisseur", 3.0),  # the kidnappers
        ("embarques par", 2.5),  # taken on board by armed men
        ("embarque par", 2.5),
        ("embarquee par", 2.5),
        ("embarquees par", 2.5),
        ("rancon", 3.0),  # a ransom asked: someone is held
        ("soit libere", 3.0),  # "payer 50 000 pour que mon fils soit libéré"
        ("soit liberee", 3.0),
        ("soient liberes", 3.0),
        ("amene par des", 2.0),  # taken away by (armed) strangers
        ("amenes par des", 2.0),
        ("emmene par des", 2.0),
        ("emmene en brousse", 3.0),
        ("recrutement force", 3.0),  # boys taken to fight
        ("enroles de force", 3.0),
        ("enrolent de force", 3.0),
        ("amener combattre", 2.5),
        ("emmenes en brousse", 3.0),
        ("ete emmene", 2.5),
        ("emmenes par des", 2.0),
        ("porte disparu", 3.0),  # a person gone without trace: feared abducted
        ("portes disparus", 3.0),
        ("jamais revenu", 2.5),
        ("jamais arrive", 2.5),  # travellers who never reached the next town
        ("missing", 2.0),
        ("disappeared", 2.5),
        ("abducted", 3.0),
        ("kidnapped", 3.0),
        ("hostage", 3.0),
        ("seized", 1.5),
        ("captured", 2.0),
        ("enlev", 3.0),
        ("kidnap", 3.0),
        ("otage", 3.0),
        ("rapt", 3.0),
        ("sequestr", 2.5),
        ("abduct", 3.0),
        ("emmene de force", 2.5),
        ("embarque de force", 3.0),
        ("embarques de force", 3.0),
        ("jaggaama", 2.5),  # Fulfulde: was seized
        ("ne retrouve plus", 2.5),  # a person nowhere to be found
        ("introuvable", 2.5),
        ("l ont fait monter", 3.0),  # onto their motorbike or truck: taken
        ("les ont fait monter", 3.0),
        ("pris de force", 2.0),
        ("ete prise par", 3.0),
        ("ete pris par", 2.5),
        ("amene", 0.8),
        ("mine ka taa", 4.0),
        ("minena", 2.0),
        ("u ye", 0.0),
        ("nanngi", 3.0),
        ("nangi", 3.0),
        ("taken away", 2.5),
        ("was taken by", 3.0),  # "my brother was taken by armed men an hour ago"
        ("were taken by", 3.0),
        ("disparu", 1.0),
        ("missing", 1.0),
        ("ont pris", 1.0),
    ],
    "cattle_theft": [
        ("abigeat", 3.5),  # the legal word for livestock theft
        ("drove off", 2.5),  # "drove off the herd"
        ("driven off", 2.5),
        ("cheptel", 2.0),
        ("livestock", 2.5),
        ("rustl", 3.0),
        ("animals", 1.0),
        ("herds", 1.5),
        ("enclos", 1.5),
        ("vol de betail", 4.0),
        ("vols de betail", 4.0),
        ("betail", 2.0),
        ("boeuf", 2.0),
        ("bovin", 2.0),
        ("vache", 2.0),
        ("troupeau", 2.0),
        ("mouton", 1.5),
        ("chevre", 1.5),
        ("chameau", 1.5),
        ("animaux", 1.0),
        ("cattle", 2.5),
        ("cows", 2.0),
        ("herd", 1.5),
        ("goats", 1.5),
        ("misi", 2.5),
        ("misiw", 2.5),
        ("saga", 1.0),
        ("bagan", 2.0),
        ("nai", 2.0),
        ("hawey", 2.5),
        ("haw", 1.5),
        ("gujj", 2.5),
        ("nguj", 2.5),
        ("sonyalila", 3.0),
        ("ta", 0.0),
        ("voleurs de betail", 4.0),
        ("tetes", 1.0),
        ("na i", 2.0),  # ff na'i (cattle): the apostrophe splits the word
    ],
    "banditry": [
        ("steal", 2.0),  # "steal", "stealing", "steals"
        ("robbing", 2.5),
        ("looting", 2.5),
        ("derob", 2.5),  # dérobé: stolen
        ("volaient", 2.0),
        ("was looted", 3.0),  # a clinic or a shop looted (as s14zu03)
        ("were looted", 3.0),
        ("mugged", 3.0),
        ("mugging", 3.0),
        ("arrete notre car", 3.0),  # a bus stopped on the road and robbed: a hold-up
        ("arrete le car", 3.0),
        ("arrete notre vehicule", 3.0),
        ("pris l argent de", 3.0),
        ("demandent de l argent aux", 2.5),  # armed men taxing gold miners, women
        ("rackett", 2.5),  # extortion by armed men (by forces: a complaint)
        ("highway robbery", 4.0),
        ("at gunpoint", 2.5),  # "motorbikes stolen at gunpoint": a robbery
        ("motorbikes were stolen", 3.0),
        ("robbers", 3.0),
        ("extort", 2.5),
        ("stole", 1.5),
        ("stolen", 1.5),
        ("theft", 1.5),
        ("wuybe", 2.5),
        ("vol moto", 4.0),
        ("vol de moto", 4.0),
        ("vols de moto", 4.0),
        ("vols", 1.2),  # "vol" is matched whole (short): its plural is listed
        ("bandit", 2.5),
        ("bandiw", 2.5),  # Bambara plural ("bandi" alone would begin Bandiagara)
        ("braqu", 3.0),
        ("coupeur", 3.0),
        ("vol", 1.2),
        ("vole", 1.5),
        ("moto volee", 3.0),
        ("racket", 1.0),
        ("rancon", 1.5),
        ("extor", 2.5),
        ("robbed", 3.0),
        ("robbery", 3.0),
        ("robber", 3.0),
        ("looted", 2.0),
        ("pill", 2.0),
        ("en train de piller", 3.0),  # a looting under way: bandits, whoever carries arms
        ("saccag", 2.0),  # ransacked
        ("son", 1.0),
        ("sonw", 2.0),
        ("sonya", 2.0),
        ("butiki", 1.0),
        ("wari", 1.0),
        ("gujjo", 2.0),
        ("zay", 1.5),
        ("zey", 1.5),  # ses/dje: steal, as often spelt
        ("cambriol", 2.5),
        ("arrach", 1.5),
    ],
    "land_dispute": [
        ("into the fields", 2.5),  # herds let into the fields or the gardens
        ("into the gardens", 2.5),
        ("pas payer les degats", 3.0),  # "ne veulent pas payer les dégâts du champ": the refusal
        ("crop damage", 3.0),
        ("fought over", 2.5),
        ("bourgou", 2.5),  # the Inner Delta's flooded pastures, fished and grazed: the quarrel
        ("ate the", 1.5),  # "animals ate the millet field"
        ("grazing land", 2.5),
        ("quarrel over", 2.5),
        ("dispute pour le puits", 3.0),
        ("dispute pour la mare", 3.0),
        ("damaged the", 1.5),  # animals damaged the fields
        ("ont mange le champ", 3.0),  # the animals ate the crops: the dispute's event
        ("ont mange les champs", 3.0),
        ("ont mange la recolte", 3.0),
        ("ont mange le mil", 3.0),
        ("ont mange le riz", 3.0),
        ("ont mange le sorgho", 3.0),
        ("ont mange le mais", 3.0),
        ("ont mange les cultures", 3.0),
        ("ont mange les plants", 3.0),
        ("ont mange les jeunes pousses", 3.0),
        ("ont broute", 2.5),  # grazed the young plants
        ("ont pietine", 2.0),  # trampled the seedlings
        ("ont mange tout le", 2.5),
        ("ont devaste", 2.5),
        ("ont saccage le champ", 3.0),
        ("ont saccage les champs", 3.0),
        ("chasses du paturage", 3.0),  # herders driven off a pasture
        ("chasse du paturage", 3.0),
        ("vaches dans", 2.0),  # animals let into the crops
        ("boeufs dans", 2.0),
        ("animaux dans", 2.0),
        ("troupeau dans", 2.0),
        ("laisse les vaches", 2.0),
        ("laisse les animaux", 2.0),
        ("laisse leurs animaux", 2.0),
        ("tinye", 2.0),
        ("nyaami", 2.0),
        ("burgu", 2.0),
        ("riziculteur", 1.5),
        ("dimina", 0.8),
        ("champ", 2.0),
        ("recolte", 1.5),
        ("culture", 1.2),
        ("degat", 2.0),
        ("detruit", 1.0),
        ("foncier", 3.0),
        ("terre", 1.0),
        ("paturage", 2.0),
        ("pature", 2.0),
        ("puits", 2.5),
        ("point d eau", 2.5),
        ("transhum", 2.0),
        ("couloir", 1.5),
        ("piste", 0.5),
        ("limite", 1.5),
        ("borne", 2.5),  # a field's boundary stones moved: the land's quarrel
        ("foro", 2.5),
        ("binna foro", 3.0),  # bm: (the animals) went into the field
        ("water point", 2.5),
        ("pasture", 2.0),
        ("field", 2.0),
        ("destroyed crops", 3.0),
        # herds in the crops, in English: "the herders' cattle destroyed the millet fields"
        ("destroyed the fields", 3.0),
        ("destroyed the millet", 3.0),
        ("destroyed the crops", 3.0),
        ("destroyed the harvest", 3.0),
        ("destroyed their fields", 3.0),
        ("destroyed his field", 3.0),
        ("destroyed my field", 3.0),
        ("ate the crops", 3.0),
        ("ate the millet", 3.0),
        ("into the fields", 2.0),
        ("rice fields", 2.5),
        ("herders and farmers", 3.0),  # a fight over a well
        ("farmers and herders", 3.0),
        ("over a well", 2.5),
        ("eau du canal", 2.0),  # irrigation water taken
        ("detourn", 1.5),
        ("compensation", 2.0),
        ("trampled", 1.5),
        ("farmland", 2.0),
        ("land dispute", 3.0),
        ("dispute over", 2.0),
        ("dispute pour un champ", 3.0),  # "une dispute pour un champ à Kolongo"
        ("dispute pour le champ", 3.0),
        ("dispute pour une terre", 3.0),
        ("dispute pour la terre", 3.0),
        ("dispute pour un puits", 3.0),  # "dispute entre deux familles pour un puits"
        ("pour un puits", 2.0),
        ("litige", 1.5),  # "un litige oppose deux villages sur la limite d'un champ"
        ("se disputent", 2.0),  # two families over a garden, a field
        ("parcelle", 2.0),  # a plot two families claim
        ("mares", 2.0),  # ponds herders can no longer reach
        ("mare", 2.0),
        ("reclame la", 1.5),  # each side claims the pond, the field
        ("n ont plus acces", 2.5),
        ("cloture", 2.0),
        ("crops", 2.0),
        ("farmers", 1.0),
        ("eleveur", 1.0),
        ("agriculteur", 1.0),
        ("cultivateur", 1.0),
        ("herders", 1.0),
        ("mil", 0.8),
        ("riz", 0.6),
        ("jardin", 3.0),  # a garden two families claim
        ("gese", 1.0),
        ("soso", 1.5),  # bm: quarrel ("cikɛlaw ni fulaw sɔsɔra")
        ("ngesa", 2.0),
        ("gesa", 2.0),
    ],
    "intercommunal": [
        ("mefian", 2.5),  # a community looked on with suspicion
        ("refuse de leur vendre", 2.5),  # shunned at the market
        ("refusent de leur vendre", 2.5),
        ("degener", 1.5),  # "on craint que ça dégénère"
        ("intercommunal clash", 4.0),  # (before "clashes" makes it an attack)
        ("communities are fighting", 3.5),
        ("intercommun", 4.0),
        ("deux quartiers", 2.5),  # youths of two quarters, two villages fighting
        ("se sont battus", 2.5),  # "les jeunes de Sofara et ceux de Kouakourou se sont battus"
        ("deux villages", 2.0),
        ("communaut", 2.0),
        ("ethni", 3.0),
        ("represaill", 3.0),
        ("vengeance", 2.5),
        ("venger", 2.5),
        ("affront", 2.5),
        ("tension", 2.0),
        ("peul", 1.5),
        ("dogon", 1.5),
        ("bambara", 1.0),
        ("bozo", 1.0),
        ("dozo", 1.5),
        ("chasseurs", 1.0),
        ("fulani", 1.5),
        ("mossi", 1.5),
        ("touareg", 1.5),
        ("tuareg", 1.5),
        ("songhai", 1.0),
        ("clash", 2.5),
        ("revenge", 2.5),
        ("reprisal", 3.0),
        ("between communities", 3.0),
        ("conflit", 1.0),
        ("bagarre", 1.0),
        ("villages voisins", 2.0),
        ("menace", 0.8),
    ],
    "armed_presence": [
        ("gunman", 1.5),
        ("curfew", 2.0),
        ("machine gun", 3.0),  # "pick-ups with heavy machine guns"
        ("heavy weapons", 2.5),
        ("under siege", 2.5),
        ("besieged", 2.5),
        ("armed group", 1.5),  # partners' English: "the road is cut by armed groups"
        ("militants have", 2.0),  # militants doing something other than attacking
        ("ordered women", 2.5),
        ("banned music", 2.5),
        ("approaching", 2.0),  # "gunmen are approaching": not yet an attack
        ("roaming", 2.5),  # gunmen roaming around a village
        ("with weapons", 2.5),  # men with weapons
        ("leaflets", 3.0),  # armed groups' leaflets ("tracts")
        ("se regroup", 3.5),  # des assaillants se regroupent: massing, not yet attacking
        ("column of", 2.0),  # a column of motorbikes
        ("ils arrivent", 2.0),  # "urgent ils arrivent à Dioura": the men everyone fears
        # motorbikes heard or seen in numbers: how armed men arrive
        ("motos beaucoup", 2.5),
        ("beaucoup de motos", 2.5),
        ("on entend des motos", 3.0),
        ("bruit de motos", 3.0),
        # drones overhead that struck nothing: watched, not attacked (as s12z19, s19k13)
        *((phrase, 3.0) for phrase in DRONES_OVERHEAD),
        ("bruits de motos", 3.0),
        ("motos dans la brousse", 2.5),
        ("des motos partout", 2.5),
        ("colonne de motos", 3.0),
        # an ultimatum: "1 heure pour quitter", "72 heures pour partir"
        ("heure pour quitter", 3.0),
        ("heures pour quitter", 3.0),
        ("heure pour partir", 3.0),
        ("heures pour partir", 3.0),
        ("jours pour quitter", 3.0),
        ("jours pour partir", 3.0),
        ("rassemblent les", 2.0),
        ("hani", 3.0),  # "hommes armés non identifiés", the reporting acronym
        ("gat", 3.0),  # "groupes armés terroristes", Burkina Faso's reporting acronym
        ("fetel", 2.0),  # ff fetel, fetelaaji: gun(s)
        ("koyra windi", 3.0),  # ses: they surround the village
        ("moto bong", 2.0),  # ses: on motorbikes
        ("mariee de force", 3.0),  # a girl married by force to a fighter
        ("mariage force", 3.0),
        ("combattant", 2.0),
        ("presence de", 1.0),
        ("chercher les jeunes", 2.5),  # armed men looking for the young men
        ("cherchent les jeunes", 2.5),
        ("cache dans la brousse", 2.0),  # people hiding from armed men
        ("caches dans la brousse", 2.0),
        ("ils sont dans le village", 2.5),
        ("ennemi", 2.5),  # what villagers call the armed groups
        ("gane", 2.5),  # groupes armés non étatiques, in humanitarian reports
        ("katiba", 2.5),
        # the groups by name, as partners' notes write them
        ("jnim", 3.0),
        ("eigs", 3.0),
        ("isgs", 3.0),
        ("iswap", 3.0),
        ("boko haram", 3.0),
        ("ansarul islam", 3.0),
        ("etat islamique", 3.0),
        ("islamic state", 3.0),
        ("fighters", 2.5),  # "Boko Haram fighters seen near Diffa"
        ("sous 48h", 3.0),  # an order to leave within hours: a threat on a life
        ("sous 24h", 3.0),
        ("sous 72h", 3.0),
        ("lettre de menace", 3.0),
        ("disant de quitter", 3.0),
        ("ordre de quitter", 3.0),
        ("encercle depuis", 4.0),  # a town under siege for months, not an assault
        ("encerclee depuis", 4.0),
        ("siege continue", 3.0),
        ("sous siege", 3.0),
        ("assieg", 3.0),
        ("menaces de mort", 3.0),
        ("menace de mort", 3.0),
        ("death threats", 3.0),
        ("mitrailleuse", 3.0),  # a mounted machine gun: armed men, whoever they are
        ("lance roquette", 3.0),
        ("barbus", 3.0),
        ("enturbann", 2.5),
        ("turban", 1.5),
        ("gens de la brousse", 3.0),
        ("hommes de la foret", 3.0),  # euphemisms for the armed men
        ("gens de la foret", 3.0),
        ("freres de la brousse", 3.0),
        ("porteurs d armes", 3.0),
        ("la dime", 2.5),  # a levy on harvests, as "zakat"
        ("hommes de la brousse", 3.0),
        ("datugu", 1.5),
        ("ne passent plus", 1.5),
        ("ont bloque la route", 2.5),  # someone holds the road: armed men, unless a protest
        ("pas nos soldats", 3.0),  # "en tenue militaire mais pas nos soldats": disguised
        ("pas nos militaires", 3.0),
        ("faux militaires", 3.0),
        ("arretent les voitures", 2.0),  # a checkpoint someone holds
        ("arretent les vehicules", 2.0),
        ("bloquent la route", 2.5),
        ("hommes armes", 3.5),
        ("gens armes", 3.5),
        ("individus armes", 3.5),
        ("armes", 1.5),
        ("arme", 0.8),
        ("moto", 1.5),
        ("motos", 1.5),
        ("tourne autour", 2.0),  # motorbikes circling a village at night
        ("tournent autour", 2.0),
        ("direction le village", 2.0),  # motorbikes heading for the village
        ("de motos", 1.0),
        ("tournaient autour", 2.0),
        ("jihad", 2.5),
        ("djihad", 2.5),
        ("terroris", 3.0),  # as "hommes armés": the armed men everyone means
        ("groupe arme", 3.0),
        ("barrage", 1.5),
        ("checkpoint", 2.5),
        ("tract", 2.0),
        ("des tracts", 3.0),  # leaflets dropped: the armed groups' word, whatever the setting
        ("tracts du", 3.0),  # "des tracts du JNIM collés sur les murs de l'école"
        ("hommes en armes", 3.5),
        ("marifatigi", 3.0),
        ("marifa", 1.5),
        ("marfa", 1.5),  # ses: gun(s)
        ("marfa koy", 3.0),  # ses: gun owners, armed men
        ("njogiibe kaake", 3.0),  # ff: (men) who hold weapons
        ("ils sont revenus", 2.5),  # "Dioura ils sont revenus": the armed men back
        ("ils sont revenu", 2.5),
        ("armed men", 3.5),
        ("men with guns", 3.5),
        ("with guns", 2.5),
        ("motorbike", 2.0),
        ("gunmen", 1.5),
        ("suspect", 1.5),
        ("inconnus", 1.5),
        ("mooto", 1.5),
        ("kaɓɓuɓe", 3.0),
        ("kabbube", 3.0),
        ("yimbe", 0.5),
        ("boro", 0.3),
        ("borey", 0.5),
        ("en brousse", 0.8),
        ("rodent", 2.0),
        ("camp", 1.0),
        ("installe", 0.8),
        ("menaces", 1.5),
        ("prech", 1.5),
        ("zakat", 2.0),
        # "ils" with no one named: the armed men everyone means, promising to return
        ("ils sont la", 2.5),  # "il son la encor": "ils" with no one named, back
        ("ils sont encore la", 3.0),
        ("ils sont toujours la", 3.0),
        ("ils sont la encore", 3.0),
        ("ils reviennent ce soir", 3.0),
        ("qu ils reviennent", 2.5),
        ("ils vont revenir", 2.5),
        ("ils reviendront", 2.5),
        ("promis de revenir", 3.0),
        ("lettre qui interdit", 3.0),  # a letter from them forbidding school, music…
        ("lettre de menace", 3.0),
    ],
    "explosive": [
        ("explodes", 2.5),  # ("exploded" has its own entry; "explode" would count it twice)
        ("minent", 2.5),  # "ils minent les routes"
        ("minant", 2.5),
        ("roadside device", 3.5),
        ("fait sauter", 3.5),  # "ont fait sauter le pont": blown up
        ("device was found", 3.5),  # "a device was found buried on the road"
        ("device found", 3.5),
        ("buried device", 3.5),
        ("suspicious device", 3.5),
        ("deminers", 2.5),
        ("exploded", 3.0),  # "an object they found in a field exploded"
        ("bidon enterre", 3.0),  # a device described, not named: a can buried, a wire
        ("fil electrique qui sort", 3.0),
        ("fil qui sort du sol", 3.0),
        ("par un objet", 2.5),  # "blessée par un objet trouvé": unexploded ordnance
        ("objet ramasse", 3.0),
        ("mined", 3.0),  # "the road is mined"
        ("creuser la nuit", 3.0),  # men digging on a road at night: a device being laid
        ("creusent la nuit", 3.0),
        ("creuser sur la route", 3.0),
        ("creuser sur la piste", 3.0),
        ("digging on the road", 3.0),
        ("perenna", 3.0),  # bm: pɛrɛnna, exploded ("fɛn dɔ pɛrɛnna sira kan")
        ("dynamit", 3.0),  # a bridge "dynamité"
        ("boum", 2.5),  # a loud bang
        ("blown up", 3.0),  # a bridge blown up
        ("blew up", 3.0),
        ("pose quelque chose", 3.0),  # strangers laying something on a road
        ("marche sur quelque chose", 3.0),  # stepped on something: a mine
        ("jambe arrachee", 3.0),
        ("sa jambe est partie", 3.0),
        ("quelque chose sur la route", 2.5),
        ("deflagration", 3.0),
        ("fils electriques", 2.5),  # a buried object with wires: a device
        ("objet metallique", 2.5),
        ("avec des fils", 2.0),
        ("explosive device", 4.0),
        ("detonated", 3.0),
        ("roadside bomb", 4.0),
        ("mortar", 2.5),
        ("blast", 2.0),
        ("mine", 2.5),
        ("engin", 2.0),
        ("objet suspect", 3.0),  # what a villager calls a device before anyone names it
        ("sac suspect", 3.0),  # a bag left at the town hall
        ("suspicious bag", 3.0),
        ("suspicious object", 3.0),
        ("suspicious device", 3.0),
        ("suspicious package", 3.0),
        ("colis suspect", 3.0),
        ("objet etrange", 3.0),
        ("objet bizarre", 3.0),
        ("explos", 3.0),
        ("le genie", 2.5),  # army engineers: "pouvez-vous envoyer le génie?"
        ("poser un bidon", 3.0),  # a can laid under a bridge: a device
        ("sous le pont", 1.5),
        ("creuser au bord", 3.0),  # men seen digging by a track: a device laid
        ("enterrer quelque chose", 3.0),
        ("enterre quelque chose", 3.0),
        ("creuser sur la piste", 3.0),
        ("creuser sur la route", 3.0),
        ("eei", 3.0),
        ("ied", 3.0),
        ("ieds", 3.0),  # three-letter stems match whole words only
        ("eeis", 3.0),
        ("bombe", 3.0),
        ("obus", 3.0),
        ("grenade", 3.0),
        ("detonat", 2.5),
        ("sautee", 1.5),
        ("saute", 1.2),
        ("bonbu", 3.0),
        ("bomb", 3.0),
        ("landmine", 3.0),
        ("unexploded", 3.0),
        ("roquette", 2.5),
        ("munition", 2.0),
        ("engin explosif", 4.0),
        ("colis suspect", 2.5),
    ],
    "trafficking": [
        ("seized by customs", 3.5),  # contraband caught at the border
        ("seized by the customs", 3.5),
        ("saisi par la douane", 3.5),
        ("saisies par la douane", 3.5),
        ("amenent des armes", 3.0),  # weapons brought in, week after week
        ("transportent des armes", 3.0),
        ("bring weapons", 3.0),
        ("sans papiers", 2.0),  # goods without papers: smuggled
        ("motos neuves", 2.0),
        # weapons coming in and hidden: the trade (not "les hommes armés arrivent")
        ("des armes arrivent", 3.0),
        ("les armes arrivent", 3.0),
        ("caisses de munitions", 3.5),  # a cache, not a device met
        ("stock de munitions", 3.5),
        ("cache de munitions", 3.5),
        ("camion d armes", 3.5),  # a lorry of weapons (stopped by the forces: their job)
        ("cargaison d armes", 3.5),
        ("chargement d armes", 3.5),
        ("caches d armes", 3.0),
        ("cache d armes", 3.0),
        ("armes cachees", 3.0),
        ("arms cache", 3.5),
        ("weapons cache", 3.5),
        ("cache d armes", 3.0),
        ("stock d armes", 3.0),
        ("sont cachees chez", 2.5),
        ("sont caches chez", 2.5),
        ("fait passer des", 2.5),  # people moved across borders with promises of work
        ("font passer des", 2.5),
        ("promet du travail", 3.0),
        ("promettent du travail", 3.0),
        ("leur promet", 1.5),
        ("reseau", 1.5),
        ("vers l algerie", 1.5),
        ("vers la libye", 1.5),
        ("vers la cote d ivoire", 1.5),  # children taken south to the plantations, the mines
        ("sont transportes", 1.5),  # people carried off somewhere: the carriers' trade
        ("venues de libye", 2.5),  # weapons from Libya
        ("venus de libye", 2.5),
        ("migrants", 2.0),
        ("drogue", 2.5),
        ("marifa feere", 3.0),  # bm: selling guns
        ("frelate", 3.0),  # adulterated fuel or drugs smuggled in
        ("contrefa", 2.5),  # counterfeit medicines
        ("faux medicaments", 3.0),
        ("pieces detachees", 2.5),  # motorbike parts taken north
        ("sans autorisation", 2.0),
        ("passent la frontiere", 2.5),  # goods taken across the border unchecked
        ("vend des enfants", 3.5),  # children sold to work in the mines
        ("vendent des enfants", 3.5),
        ("vendre des enfants", 3.5),
        ("passe la frontiere", 2.5),
        ("engrais", 1.5),  # fertiliser: the explosives' raw material
        ("ravitaillent les", 2.5),
        ("vendent des enfants", 3.0),  # children sold or bought: trafficked
        ("vendre des enfants", 3.0),
        ("achetent les enfants", 3.0),
        ("achetent des enfants", 3.0),
        ("trafic d enfants", 3.0),
        ("child trafficking", 3.0),
        ("arms are being sold", 3.0),
        ("arms are sold", 3.0),
        ("selling arms", 3.0),
        ("selling weapons", 3.0),
        ("selling guns", 3.0),
        ("weapons are sold", 3.0),
        ("weapons are being sold", 3.0),
        ("gun running", 3.0),
        ("bidons d essence", 2.5),  # fuel run to armed groups
        ("bidons de carburant", 2.5),
        ("futs d essence", 2.5),
        ("chargees de", 1.0),
        ("charges de", 1.0),
        ("sans plaques", 2.5),  # vehicles moved without papers
        ("sans plaque", 2.5),
        ("cargaison", 2.0),
        ("smuggling", 3.0),
        ("carrying weapons", 3.0),
        ("transportant des armes", 3.0),
        ("fait passer du", 3.0),  # "on fait passer du carburant et des motos vers le Niger"
        ("font passer du", 3.0),
        ("font passer des", 3.0),
        ("charges d armes", 3.0),  # "des pick-up chargés d'armes … vers le Niger": cargo
        ("chargees d armes", 3.0),
        ("charge d armes", 3.0),
        ("remplis d armes", 3.0),
        ("loaded with weapons", 3.0),
        ("loaded with fuel", 3.0),  # fuel run across the border, in trucks or on motorbikes
        ("charges de carburant", 2.5),
        ("chargees de carburant", 2.5),
        ("charges d essence", 2.5),
        ("without any control", 2.0),  # "… come in at night from Algeria without any control"
        ("sans aucun controle", 2.0),
        ("loaded with arms", 3.0),
        ("armes cachees", 3.0),
        ("armes dissimulees", 3.0),
        ("vente d armes", 3.0),
        ("vendent des armes", 3.0),
        ("arms sale", 3.0),
        ("saisie de", 1.5),  # "saisie de 3 kalachnikovs dans un car": a seizure, the trade's
        ("arms dealer", 3.0),  # "gold miners and arms dealers meet every week at the site"
        ("arms traffickers", 3.0),
        ("marchands d armes", 3.0),
        ("vendeurs d armes", 3.0),
        ("intercept", 2.0),
        ("ammunition", 1.0),
        ("selling pistols", 3.0),  # "men were openly selling pistols and ammunition"
        ("selling guns", 3.0),
        ("selling weapons", 3.0),
        ("selling arms", 3.0),
        ("sold weapons", 3.0),
        ("contraband", 3.0),
        ("drugs", 2.5),
        ("weapons trafficking", 4.0),
        ("traite", 3.0),
        ("fuel", 1.5),
        ("en cachette", 2.0),
        ("cachent", 1.5),
        ("caches", 1.5),
        ("vend", 1.2),
        ("vente", 1.2),
        ("feere", 1.5),
        ("dogo la", 1.5),
        ("decharg", 1.5),
        ("frontiere", 1.0),
        ("border", 1.0),
        ("des armes passent", 3.0),  # (not "des hommes armés passent")
        ("les armes passent", 3.0),
        ("transport", 1.0),
        ("armes viennent", 2.0),
        ("acheminent", 2.0),
        ("pirogue", 0.8),
        ("trafic", 3.0),
        ("trafiq", 3.0),
        ("drogue", 3.0),
        ("contreband", 3.0),
        ("passeur", 2.5),
        ("smuggl", 3.0),
        ("traffick", 3.0),
        ("cannabis", 3.0),
        ("chanvre", 3.0),
        ("carburant", 1.5),
        ("essence", 1.0),
        ("migrants", 1.5),
        ("armes caches", 2.5),
        ("cocaine", 3.0),
        ("tramadol", 3.0),
        ("comprimes", 2.0),
        ("fraude", 2.0),
        ("convoi", 1.0),
        ("caisses", 1.5),
        ("pick up", 1.0),
        ("pickup", 1.0),
    ],
    "displacement": [
        ("fuyaient", 2.5),
        ("arrived on foot", 2.5),  # "hundreds of women and children arrived on foot from …"
        ("i fun", 2.0),  # ses: they came out of (a village), "borey boobo kaa …, i fun …"
        ("families are leaving", 3.0),
        ("families left", 2.5),  # "Families left Sio after the threats"
        ("families have left", 2.5),
        ("left their homes", 2.5),
        ("left their villages", 2.5),
        ("left their village", 2.5),
        ("refugees", 3.0),
        ("abandoned their homes", 3.0),
        ("abandoned their villages", 3.0),
        ("tout le monde est parti", 3.0),  # a village emptied: the flight is the news
        ("village est vide", 3.0),
        ("se sont installees", 2.0),  # families settled at a town's edge: arrivals
        ("se sont installes", 2.0),
        ("trouve refuge", 3.0),  # households sheltered by relatives elsewhere
        ("pris refuge", 3.0),
        ("tous les habitants", 2.0),
        ("ont quitte leurs", 2.5),  # left their camps, villages, homes
        ("fuite massive", 3.0),
        ("fuite des habitants", 3.0),
        ("fuite des populations", 3.0),
        ("mouvement de populations", 2.5),
        ("mouvement preventif", 2.5),
        ("mouvements de populations", 2.5),
        ("sont arrives de", 1.5),  # families arrived from a place: arrivals
        ("sont arrivees de", 1.5),
        ("dorment sous les arbres", 2.0),  # sleeping rough
        ("dorment dehors", 2.0),
        ("dorment devant", 2.0),  # families sleeping before the town hall
        ("dorment a la", 2.0),  # "dorment à la gare routière"
        ("personnes arrivees", 2.0),  # "200 personnes arrivées de Mondoro"
        ("familles arrivent", 2.0),
        ("arrive a pied", 2.5),  # "un groupe … est arrivé à pied de Gorgadji"
        ("arrives a pied", 2.5),
        ("arrivees a pied", 2.5),
        ("arrivent a pied", 2.5),
        ("personnes arrivent", 2.0),  # the present beside the participles
        ("gens arrivent", 2.0),
        ("people are arriving", 3.0),
        ("families are arriving", 3.0),
        ("personnes arrives", 2.0),
        ("gens arrives", 2.0),
        ("a ete vide", 2.5),  # "le village a été vidé par les hommes armés"
        ("il ne reste que les vieux", 3.0),
        ("a la belle etoile", 1.5),
        ("sans abri", 1.5),
        ("mogow be ka bo", 2.0),  # Bambara: people are leaving
        ("siran", 1.0),  # Bambara: fear
        ("idps", 3.0),
        ("idp", 3.0),  # "60 new IDP households"
        ("pdi", 3.0),  # personnes déplacées internes
        ("afflux", 2.0),
        ("households", 1.5),
        ("households arrived", 3.0),
        ("ont rejoint le bourg", 3.0),  # hamlets emptied into the town
        ("ont rejoint la ville", 3.0),
        ("ont rejoint le chef lieu", 3.0),
        ("host families", 3.0),
        ("familles d accueil", 3.0),
        ("newly arrived", 3.0),
        ("emptied", 2.5),  # "whole village emptied"
        ("walking to", 1.5),
        ("displacement", 3.0),
        ("flee", 2.5),
        ("fled", 2.5),
        ("displaced", 3.0),
        ("partir", 1.5),
        ("en train de partir", 3.0),
        ("commencent a partir", 3.0),  # "les gens commencent à partir": leaving now
        ("commencent a fuir", 3.0),
        ("en train de fuir", 3.0),
        ("moitie du village", 2.5),
        ("sont partis vers", 2.5),
        ("est partie vers", 2.5),
        ("fuir", 2.0),
        ("partent vers", 2.5),  # people leaving for a town
        ("s est vide", 3.0),  # "le village s'est vidé"
        ("partent", 2.0),
        ("a cause des menaces", 1.5),
        ("a pied", 1.0),
        ("deplace", 3.0),
        ("fui", 2.5),
        ("fuient", 2.5),
        ("fuyant", 3.0),  # "arrivés en fuyant Foubé"
        ("site de deplaces", 3.0),  # a displacement site, often named by its place
        ("au site", 1.5),
        ("fuite", 2.0),
        ("quitte", 2.0),
        ("refugi", 2.5),
        ("abandonn", 2.0),
        ("exode", 3.0),
        ("fled", 3.0),
        ("fleeing", 3.0),
        ("displaced", 3.0),
        ("familles", 1.5),
        ("arrivee", 1.0),
        ("arrives", 1.0),
        ("familles arrivees", 3.0),  # families arrived (from a place, on foot): the event
        # sheltered in a school: the newcomers are the news, not the school
        ("dorment a l ecole", 3.0),
        ("dorment dans l ecole", 3.0),
        ("dorment dans les ecoles", 3.0),
        ("logees a l ecole", 3.0),
        ("loges a l ecole", 3.0),
        ("logees dans l ecole", 3.0),
        ("loges dans l ecole", 3.0),
        ("logees dans les ecoles", 3.0),
        ("loges dans les ecoles", 3.0),
        ("familles sont arrivees", 3.0),
        ("have arrived from", 3.0),  # "300 women and children have arrived from …"
        ("arrived from", 2.5),
        ("have arrived in", 2.5),  # "… have arrived in Kaya from villages near Barsalogho"
        ("familles venues", 2.5),  # "100 familles venues des villages autour"
        ("familles venues des villages", 3.0),
        ("gens venus des villages", 3.0),
        ("personnes venues", 2.5),
        ("people arrived", 3.0),  # "about 200 people arrived in Dori from Arbinda"
        ("families arrived", 3.0),
        ("households arrived", 3.0),
        ("menages arrives", 3.0),
        ("menages sont arrives", 3.0),
        ("ont marche toute la nuit", 2.5),
        ("bolila", 3.0),
        ("ye boli", 2.5),  # bm: they ran away ("u ye boli")
        ("boli", 2.0),
        ("bora u ka dugu", 3.0),  # bm: they left their village
        ("dugu bila", 2.5),  # bm: abandoned the village
        ("dorment en brousse", 3.0),  # villagers hiding out at night
        ("dorment dans la foret", 3.0),
        ("dorment dans la brousse", 3.0),
        ("dugu lankolon", 2.5),  # bm: the village is empty
        ("bora", 2.0),  # bm: left ("mɔgɔ caman bɔra Diabaly ka taa Niono")
        ("ndogi", 3.0),
        ("sont tous partis", 3.0),  # "les gens de Tori sont tous partis vers Bankass"
        ("sont partis tous", 3.0),
        ("sont parti tous", 3.0),
        ("dogi", 2.5),
        ("zuru", 2.0),
        ("vide", 1.0),
        ("desert", 1.0),
        ("menages", 1.5),
        ("retour", 1.0),
        ("sinistre", 0.5),
    ],
    "security_forces_abuse": [
        ("confiscat", 2.5),  # "gendarmes confiscate motorbikes at checkpoints"
        ("police beat", 3.0),
        ("soldiers beat", 3.0),
        ("gendarmes beat", 3.0),
        ("harass", 2.5),  # "customs officers harass traders"
        ("sentent abandonnes", 3.0),  # the forces gone and not back: their absence
        ("nous ont abandonnes", 2.5),
        ("nous a abandonnes", 2.5),
        # absent when called: the forces' failure is a complaint about them
        ("ne sont jamais venus", 3.0),
        ("jamais venus", 2.5),
        ("ne sont pas venus", 2.5),
        ("ne sont pas intervenus", 3.0),
        ("n ont rien fait", 2.5),
        ("malgre nos appels", 3.0),
        ("ivre", 2.5),  # a drunk soldier
        ("sans recu", 2.5),  # goods seized with no receipt
        ("sans lui donner de recu", 3.0),
        ("extrajudicial", 3.0),
        ("arbitrary", 2.5),
        ("detained", 2.0),
        ("mistreat", 3.0),
        ("tortured", 3.0),
        ("pas de militaires", 3.0),
        ("pas de soldats", 3.0),
        ("aucun soldat", 3.0),  # the forces' absence, said any way
        ("aucun militaire", 3.0),
        ("plus de militaires", 2.5),
        ("plus de soldats", 2.5),
        ("no soldier", 3.0),
        ("personne ne repond", 1.5),
        ("humili", 2.5),
        ("demandent de l argent", 2.5),
        ("gardes", 1.0),
        ("militaires ont", 2.0),
        ("soldats ont", 2.0),
        ("gendarmes ont", 2.5),
        ("policiers ont", 2.5),
        ("fama", 1.5),
        ("armee", 1.0),
        ("militaire", 1.0),
        ("gendarm", 1.5),
        ("polic", 1.2),
        ("douan", 1.5),
        ("racket", 3.0),
        ("arrestation", 2.5),
        ("arrete", 1.5),
        ("arbitraire", 3.0),
        ("frappe", 1.5),
        ("tabass", 2.5),
        ("konu piyi", 3.0),  # ff: the army beat
        ("maltrait", 3.0),
        ("torture", 3.0),
        ("bavure", 3.0),
        ("exaction", 3.0),
        ("soldiers", 1.5),
        ("beaten", 2.0),
        ("arrested", 2.5),
        ("bribe", 2.5),
        ("vdp", 1.5),
        ("volontaires", 1.0),
        ("sorodasi", 2.5),
        ("sorodasiw", 2.5),
        ("jandaramu", 2.5),  # bm: gendarmes
        ("polisi", 2.5),  # bm: police
        ("absents", 1.0),
        ("ont pris notre", 1.5),
        ("soldats", 1.0),
        ("ligotes", 2.0),
        ("attache", 1.5),
        ("payer", 1.0),
        ("argent", 0.8),
        ("ne font rien", 2.5),  # forces that do nothing: a complaint about them
        ("n ont rien fait", 2.0),
        ("laissent faire", 2.0),
        ("poste", 0.5),
    ],
    "service_disruption": [
        ("stopped working", 3.0),  # "the ferry has stopped working"
        ("out of service", 3.0),  # "two water points are out of service"
        ("cannot cross", 2.0),
        ("eating leaves", 2.5),  # a town cut off, told by its hunger
        ("convoy has not", 2.5),
        ("convoys have not", 2.5),
        ("ne se tient plus", 2.5),  # a market no longer held
        ("marche est vide", 2.5),  # "depuis, le marché est vide" (s12p01, s17c07)
        ("transporteurs ne vont plus", 2.5),  # a town the trucks no longer reach
        ("teachers left", 3.0),  # staff gone, whatever drove them off
        ("teachers have left", 3.0),
        ("nurses left", 3.0),
        ("staff left", 3.0),
        ("no doctor", 3.0),
        ("no water", 2.5),
        ("pump broke", 3.0),  # the village's water pump
        ("pump is broken", 3.0),
        ("borehole is broken", 3.0),
        ("has been broken", 3.0),  # "the well has been broken for two weeks"
        ("have been broken", 3.0),
        ("broken down", 2.5),
        ("no nurse", 3.0),
        ("run out of", 3.0),  # "the health centre has run out of medicines"
        ("ran out of", 3.0),
        ("no teacher", 3.0),  # "no teachers since…"
        ("no midwife", 3.0),
        ("not held", 2.5),  # a market not held
        ("is cut", 2.0),  # "the road is cut"
        ("cut off", 2.5),
        ("network is down", 3.0),
        ("no electricity", 2.5),
        ("no food", 2.0),
        ("shortage", 2.5),
        ("rupture de", 2.5),  # rupture de médicaments: out of stock
        ("pont detruit", 3.0),
        ("est detruit", 1.0),
        ("blocus", 2.5),  # a town cut off: its supplies, whoever holds the roads
        ("blockade", 2.5),
        ("n est pas sure", 2.0),  # "la route de Bandiagara n'est pas sûre": supplies stuck
        ("n est plus sure", 2.0),
        ("axe n est pas sur", 3.0),
        ("parti en conge", 3.0),  # the only doctor on leave: absent staff
        ("personne pour les urgences", 3.0),
        ("personne pour soigner", 3.0),
        ("n est pas venu depuis", 2.5),  # the teacher, the nurse absent for weeks
        ("ne vient plus", 2.0),
        ("pont est tombe", 3.0),  # "le vieux pont est tombé, plus de passage"
        ("pont s est effondre", 3.0),
        ("plus de passage", 2.0),
        ("ne vont plus a l ecole", 3.0),  # the children, since the school was burned
        ("ne partent plus a l ecole", 3.0),
        ("vont plus a l ecole", 2.5),
        ("n a plus de vaccin", 3.0),  # a pharmacy, a clinic out of vaccines or medicines
        ("n a plus de medicament", 3.0),
        ("plus de vaccins", 2.5),
        ("plus de sang", 3.0),  # a hospital without blood, supplies that no longer come
        ("ravitaillement", 2.0),
        ("n arrive plus", 2.0),
        ("pas pu passer", 2.0),  # the ambulance, the trucks could not get through
        ("ne peuvent plus passer", 2.0),
        ("couvre feu", 3.0),  # a curfew: movement and trade stopped
        ("ne viennent plus", 2.5),  # staff, traders, vaccinators who no longer come
        ("ne vient plus", 2.5),
        ("vaccinateur", 2.0),
        ("te baara ke", 3.0),  # bm: does not work (any more)
        ("dogotoro bolila", 3.0),  # bm: the doctor fled — the clinic is empty
        ("karamogo bolila", 3.0),
        ("karamogow bolila", 3.0),
        ("refusent de retourner", 2.5),  # staff who will not go back
        ("ne fonctionne plus", 3.0),
        ("ne marche plus", 3.0),  # the network, the pump
        ("pas d eau", 2.5),  # no water at a camp, a school, a clinic
        ("manque d eau", 2.5),
        ("cantine", 1.5),
        ("annule", 2.0),  # a market or a fair called off
        ("refusent de rejoindre", 2.5),
        ("pont est casse", 3.0),
        ("pont casse", 3.0),
        ("plus de transport", 2.0),
        ("no staff", 2.0),
        ("pas de personnel", 2.0),
        ("sans personnel", 2.0),
        ("est partie", 1.0),  # the midwife, the nurse has left
        ("accouchent a la maison", 2.0),
        ("pas eu lieu", 2.5),  # the market, the classes, the vaccination did not happen
        ("pas tenu", 2.5),  # "le marché ne s'est pas tenu"
        ("n a pas ouvert", 2.5),  # a market, a school, a clinic that did not open
        ("n ont pas ouvert", 2.5),
        ("has not opened", 2.5),
        ("have not opened", 2.5),
        ("did not open", 2.5),
        ("pas tenue", 2.5),
        ("forage", 2.0),
        ("en panne", 1.5),  # not "panne" alone: it begins "panneaux" (solar panels)
        ("csref", 3.0),
        ("coupe", 1.5),
        ("bac", 1.0),
        ("impraticable", 2.5),
        ("radier", 1.0),
        ("mobile network", 2.5),
        ("cannot pass", 2.5),  # "the bridge was destroyed, trucks cannot pass"
        ("food convoy", 2.5),  # "no food convoy for a month": a town cut off
        ("bridge", 2.0),
        ("ecole", 2.5),
        ("ecoles", 2.5),
        ("fermee", 2.0),
        ("ferme", 1.5),
        ("enseignant", 2.0),
        ("maitre", 1.5),
        ("professeur", 1.5),
        ("cscom", 3.0),
        ("centre de sante", 3.0),
        ("dispensaire", 3.0),
        ("medecin", 2.0),
        ("infirmier", 2.0),
        ("le major", 2.0),  # the head nurse of a CSCOM
        ("sante", 1.0),
        ("marche", 1.0),
        ("route coupee", 3.0),
        ("pont", 1.0),
        ("reseau", 2.0),
        ("telephone", 0.5),
        ("electricite", 2.0),
        ("school", 2.5),
        ("closed", 2.0),
        ("pas de classe", 2.5),  # "les enfants n'ont toujours pas de classe"
        ("plus de classe", 2.5),
        ("postponed", 2.5),  # partners' English: a distribution put off, a road cut
        ("suspended", 2.5),
        ("cancelled", 2.5),
        ("canceled", 2.5),
        ("could not leave", 2.5),
        ("could not reach", 2.5),
        ("road is blocked", 2.5),
        ("road is cut", 2.5),
        ("clinic", 2.5),
        ("abandoned by its staff", 3.0),  # a clinic, a school left empty
        ("abandoned by the staff", 3.0),
        ("health", 1.5),
        ("teacher", 2.0),
        ("network", 2.0),
        ("lakoli", 3.0),
        ("karamogo", 2.0),
        ("dogotoro", 2.5),
        ("datugura", 2.5),
        ("sira tinye", 3.0),  # bm: the road spoilt (by the rains): no one gets through
        ("te se ka teme", 2.0),  # bm: cannot pass
        ("duudal", 2.0),
        ("dudal", 2.0),
        ("lakkol", 2.5),
        ("lekkol", 2.5),  # ff: school
        ("uddaama", 2.5),  # ff: (it) was closed
        ("sugu", 1.5),
        ("mairie", 1.5),
        ("ambulance", 1.5),
        ("vaccin", 1.0),
        ("greve", 2.0),
        ("coupure", 2.0),
        ("medicament", 1.5),
        ("medicine", 1.5),
    ],
    "natural_hazard": [
        ("barrage a cede", 4.0),  # a dam gave way (not "barrage", a checkpoint)
        ("digue a cede", 4.0),
        ("eau envahit", 3.0),  # "l'eau envahit les quartiers"
        ("eau a envahi", 3.0),
        ("sur les toits", 2.5),  # families on the roofs: the water below
        ("bush fire", 3.0),  # English: a fire in the bush
        ("forest fire", 3.5),
        ("wildfire", 3.5),
        ("spread to the forest", 3.5),
        ("brush fire", 3.5),
        ("kungo jeni", 3.0),  # bm: the bush burned — a bush fire, not arson
        ("tasuma ye kungo", 3.5),
        ("foudre", 3.5),  # people and herds struck by lightning
        ("foudroy", 3.5),
        ("lightning", 3.5),
        ("le feu se", 2.5),  # "le feu se rapproche du village", "se propage"
        ("le feu s approche", 2.5),  # (not "le feu s": "ouvert le feu sur")
        ("le feu avance", 3.0),
        ("le feu approche", 3.0),
        ("locust", 3.0),
        ("locusts destroyed", 3.0),  # a pest, not herds: the hazard's, not the land's quarrel
        ("criquets ont detruit", 3.0),
        ("cas de charbon", 3.0),  # anthrax, not charcoal
        ("charbon chez", 3.0),
        ("fievre charbonneuse", 3.0),
        ("vent a arrache", 3.0),  # a storm took the roofs
        ("arrache les toits", 3.0),
        ("eau partout", 3.0),  # a flood as the person writes
        ("toit s est envole", 3.0),  # a storm: roofs blown off
        ("toits se sont envoles", 3.0),
        ("toit est parti", 2.5),
        ("pluie a tout casse", 3.0),
        ("vent a tout casse", 3.0),
        ("vent violent", 2.5),
        ("grele", 3.0),  # hail: the harvest lost
        ("eaux du fleuve", 3.0),  # the river's water in the fields or the houses
        ("peripneumonie", 3.0),  # cattle disease (CBPP)
        ("mortes en masse", 2.5),
        ("morts en masse", 2.5),
        ("par l eau", 2.0),  # "le pont est cassé par l'eau": the flood did it
        ("par les eaux", 2.0),
        ("tornade", 3.0),
        ("windstorm", 3.0),
        ("vent de sable", 3.0),  # a sandstorm
        ("toits arraches", 3.0),
        ("diarrhee", 2.5),  # children falling ill in numbers
        ("feu a pris", 3.0),  # "le feu a pris dans la brousse"
        ("vomiss", 1.5),
        ("l eau est entree", 3.0),  # water in the houses
        ("eaux du fleuve", 3.0),  # "les eaux du fleuve ont envahi les jardins"
        ("eaux ont envahi", 3.0),
        ("eau a envahi", 3.0),
        ("eaux de pluie", 2.5),  # "les eaux de pluie ont emporté le pont"
        ("ont emporte le pont", 3.0),
        ("coupee par les eaux", 3.0),  # a road cut by the flood
        ("coupe par les eaux", 3.0),
        ("route inondee", 3.0),
        ("fleuve a envahi", 3.0),
        ("riviere a envahi", 3.0),
        ("sorti de son lit", 3.0),  # the river over its banks
        ("sortie de son lit", 3.0),
        ("les eaux sont entrees", 3.0),
        ("ji ye", 2.0),  # bm: the water (ruined the houses)
        ("ji donna", 3.0),  # bm: the water came into (the houses)
        ("ji ye so", 3.0),  # bm: the water (broke) the houses
        ("yiite", 2.5),  # ff: fire ("ladde yiite": the bush is burning)
        ("yiite nanngi", 4.0),  # ff: fire caught (the bush) — no one seized
        ("banaba", 3.0),  # bm: an epidemic (among people or herds)
        ("pluies ont emporte", 3.0),
        ("pluie a emporte", 3.0),
        ("eaux ont emporte", 3.0),
        ("emporte par les eaux", 3.0),
        ("emportes par les eaux", 3.0),
        ("fortes pluies", 2.0),
        ("pluies diluviennes", 2.5),
        ("deborde", 2.5),  # a river over its banks
        ("crue", 2.0),
        ("peste", 2.5),  # animal plague (peste des petits ruminants)
        ("fievre aphteuse", 2.5),
        ("effondr", 2.0),
        ("epizoot", 3.0),
        ("nawu", 2.5),
        ("nyawu", 2.5),  # Fulfulde ñawu (disease), as ñ is read
        ("pas de pluie", 3.0),
        ("inond", 3.0),
        ("crue", 2.5),
        ("eau monte", 3.0),  # the river rising: a flood on its way
        ("eaux montent", 3.0),
        ("river is rising", 3.0),  # "the river is rising fast in Gao"
        ("water is rising", 3.0),
        ("water is entering", 3.0),
        ("sous l eau", 3.0),  # a quarter under water
        ("hari beeri", 3.0),  # Songhay: big water, a flood
        ("est tarie", 3.0),  # a spring or a well dried up: drought
        ("sont taris", 3.0),
        ("meurent de soif", 3.0),
        ("yiite", 1.5),  # ff: fire
        ("danji", 1.5),  # ses: fire
        ("ji be ka yelen", 3.0),  # bm: the water is rising
        ("bana don", 3.0),  # bm: a disease has entered (the herd, the village)
        ("le fleuve a emporte", 3.5),  # a boat or people carried away
        ("emporte par le fleuve", 3.5),
        ("emportes par le fleuve", 3.5),
        ("montee des eaux", 3.0),
        ("digue a cede", 3.0),
        ("chavire", 3.0),  # a boat overturned: people in the river
        ("noye", 2.5),
        ("noyade", 2.5),
        ("naufrage", 3.0),
        ("pluie", 1.5),
        ("feu de brousse", 4.0),
        ("feu brousse", 4.0),  # terse: "feu brousse Sio"
        ("fleuve monte", 3.0),  # a river rising into the town
        ("kungo tasuma", 4.0),  # bm: bush fire
        ("brousse en feu", 4.0),
        ("incendie de brousse", 4.0),
        ("brousse est en feu", 4.0),
        ("paturage brule", 3.0),  # pasture burning: a bush fire
        ("flammes", 2.5),  # a depot or a quarter on fire
        ("submerg", 3.0),  # a village under water
        ("malnutrition", 3.0),
        ("eboulement", 3.0),  # a gold pit or a well that caved in
        ("pluie a detruit", 3.0),  # a bridge or houses destroyed by rain
        ("strong wind", 3.0),
        ("storm", 3.0),
        ("vent violent", 3.0),
        ("pluies ont detruit", 3.0),
        ("bourgou brule", 3.0),
        ("incendie", 1.5),
        ("secheresse", 4.0),  # a drought, whatever it did to the pastures
        ("lac est sec", 3.0),  # "le lac Faguibine est sec": the drought's mark
        ("est a sec", 2.5),
        ("plus de paturage", 2.0),  # "les éleveurs n'ont plus de pâturage"
        ("pas de paturage", 2.0),
        ("animaux meurent", 2.0),  # herds dying of thirst or hunger, no thief named
        ("no pasture", 2.5),
        ("cholera", 3.0),
        ("kolera", 3.0),  # bm, spelt as said
        ("rougeole", 3.0),
        ("meningite", 3.0),
        ("measles", 3.0),  # partners' English
        ("meningitis", 3.0),
        ("outbreak", 2.5),
        ("epidemi", 3.0),
        ("maladie", 2.0),
        ("paludisme", 2.5),
        ("malaria", 2.5),
        ("criquet", 3.0),
        ("chenille", 3.0),  # pests on the crops
        ("oiseaux", 2.0),  # grain-eating birds on the rice
        ("mange mil", 3.0),
        ("sauterelle", 3.0),
        ("tempete", 2.5),
        ("vent", 1.0),
        ("flood", 3.0),
        ("overflow", 3.0),  # a river over its banks
        ("heavy rain", 2.5),
        ("houses collapsed", 2.5),
        ("drought", 3.0),
        ("fire", 1.5),
        ("outbreak", 3.0),
        ("disease", 2.0),
        ("sanji", 2.0),
        ("ji", 0.3),
        ("bana", 1.5),
        ("fievre", 2.0),
        ("mortalite", 1.5),
        ("famine", 2.5),
        ("faim", 1.5),
        ("hari", 1.0),
        ("ndiyam", 1.0),
        ("pasture left", 2.0),
        ("no pasture", 2.0),
        ("maladie des animaux", 4.0),  # sick animals are a hazard, not a theft
        ("maladie du betail", 4.0),
        ("animal disease", 4.0),
        ("meurent", 1.0),
    ],
    "other": [
        ("vous travaillez avec", 3.0),  # a question about the service, no incident
        ("travaillez vous avec", 3.0),
        ("bien recu les", 2.0),  # aid received: "a bien reçu les vivres pour les déplacés"
        ("vivres sont arrives", 3.0),  # aid delivered: good news
        ("vivres sont arrivees", 3.0),
        ("aide est arrivee", 3.0),
        ("food has arrived", 3.0),
        ("aid has arrived", 3.0),
        ("tension est retombee", 3.5),  # calm again
        ("il a plu", 2.5),  # rain on the fields: the season's news, no flood named
        ("a bien plu", 2.5),
        ("la tension a baisse", 3.5),
        ("le calme est revenu", 3.0),
        ("accouchement", 3.0),  # a death in childbirth: grief, not an incident
        ("en couches", 3.0),
        ("film d action", 4.0),  # fiction and play
        ("le film", 2.0),
        ("ce film", 2.0),  # a film, a programme about an attack: not an attack
        ("un film", 2.0),
        ("films", 2.0),  # (not "filmait": someone filming)
        ("a la tele", 3.0),
        ("documentaire", 3.0),
        ("emission", 2.0),
        # prayers, grief and remembrance: an attack of long ago, a death of old age
        ("que dieu protege", 3.5),
        ("amine", 2.0),
        ("on prie", 2.5),
        ("prions", 2.5),
        ("prie pour", 2.5),
        ("jour pour jour", 3.0),
        ("anniversaire", 3.0),
        ("commemor", 3.0),
        ("en memoire", 2.5),
        ("condoleance", 3.0),
        ("vieillesse", 3.0),
        ("rien a voir avec", 3.5),
        ("que la terre lui soit legere", 4.0),  # condolences
        ("paix a son ame", 4.0),
        ("que dieu l accueille", 4.0),
        ("longue maladie", 3.5),
        ("courte maladie", 3.5),
        ("kits", 2.0),  # gifts handed out
        ("ont donne des", 2.0),
        ("ont offert", 2.5),
        ("tout est normal", 4.0),  # "la radio parle d'une attaque mais ici tout est normal"
        ("tout est calme", 2.5),  # with "calm", as much as "tout est normal"
        ("ici tout va bien", 3.0),
        ("danse", 3.0),  # hunters dancing at a feast
        ("sont contentes", 2.5),  # good news: a new borehole, a harvest
        ("sont contents", 2.5),
        ("a construit", 2.5),
        ("commencent a semer", 3.0),  # the rains came at last
        ("tout le monde est d accord", 3.5),  # an agreement reached
        ("tournoi", 3.0),  # sport, ceremonies, visits
        ("pour la paix", 2.5),
        ("ceremonie", 3.0),
        ("jouent", 2.0),
        ("semis", 2.0),
        ("recu des vivres", 3.5),  # aid received: good news
        ("recu de l aide", 3.5),
        ("merci aux", 2.5),  # "c'était sa maladie, rien à voir avec l'insécurité"
        ("sa maladie", 2.5),
        # the network's own life: workshops, campaigns, scams, results, thanks
        ("formation sur", 3.0),
        ("atelier", 2.5),
        ("participants", 2.0),
        ("prevention des conflits", 3.0),
        ("campagne de vaccination", 3.0),
        ("arnaque", 3.0),
        ("se faisant passer", 3.0),
        ("escroc", 2.5),
        ("bons resultats", 3.0),
        ("examen", 2.0),
        ("remercions", 2.5),
        ("tout s est bien passe", 3.5),
        # everyday mishaps: a breakdown, an accident, a kitchen fire put out
        ("tout le monde va bien", 3.5),
        ("relais communautaire", 3.0),  # someone who wants to join the network
        ("devenir relais", 3.0),
        ("a qui m adresser", 3.0),
        ("etre forme", 2.5),
        ("par la justice", 3.0),  # a court's arrest: no incident
        ("detournement", 3.0),
        ("couvre feu", 1.5),
        ("arrete le voleur", 3.0),  # the forces doing their job: thanks, good news
        ("arrete les voleurs", 3.0),
        ("arrete les bandits", 3.0),
        ("arrete le bandit", 3.0),
        ("arrete les braqueurs", 3.0),
        ("se sont mis d accord", 3.5),  # an agreement reached
        ("mis d accord", 3.0),
        ("ont trouve un accord", 3.5),
        ("retire son fils", 3.0),  # a family's choice, no service failing
        ("retire sa fille", 3.0),
        ("retire ses enfants", 3.0),
        ("here be", 2.5),  # bm: hɛrɛ bɛ, peace is (here)
        ("car est tombe en panne", 3.5),
        ("bus est tombe en panne", 3.5),
        ("camion est tombe en panne", 3.5),
        ("voiture est tombee en panne", 3.5),
        ("moto est tombee en panne", 3.5),
        ("accident de moto", 3.5),
        ("accident de la route", 3.5),
        ("accident de la circulation", 3.5),
        ("cest un accident", 3.5),  # "ce n'est pas une attaque, c'est un accident"
        ("s est renverse", 3.0),  # a lorry overturned
        ("accident de circulation", 3.5),
        ("road accident", 3.5),
        ("s est blesse", 3.0),  # hurt himself, cutting wood
        ("s est blessee", 3.0),
        ("en coupant du bois", 3.0),
        ("feu de la cuisine", 3.5),
        ("feu de cuisine", 3.5),
        ("ont eteint", 3.0),
        ("court circuit", 3.0),
        ("consultation gratuite", 3.5),  # soldiers treating the sick
        ("consultations gratuites", 3.5),
        ("malades soignes", 3.0),
        # a theft solved: the thief caught, the goods given back
        ("capture le voleur", 3.5),
        ("attrape le voleur", 3.5),
        ("en attendant la gendarmerie", 3.0),
        ("remis a la gendarmerie", 3.0),
        ("rendues aux proprietaires", 3.5),
        ("rendus aux proprietaires", 3.5),
        ("restitue", 3.0),
        ("prix du sac", 3.0),  # prices: hardship, not an incident
        ("le prix du", 2.0),
        ("les prix", 2.0),
        # a school or clinic open again
        ("a rouvert", 3.5),
        ("ont rouvert", 3.5),
        ("reouverture", 3.5),
        ("rouvre ses portes", 3.5),
        ("bonne arrivee", 2.5),
        # a family quarrel settled among themselves
        ("frappe sa femme", 3.0),
        ("battu sa femme", 3.0),
        ("regle ca en famille", 3.5),
        ("regle en famille", 3.5),
        ("s est bien passee", 3.5),  # "la réunion s'est bien passée"
        ("tout le monde a signe", 3.5),
        ("ont signe un accord", 3.5),
        ("accord de paix", 3.0),
        ("bonne nouvelle", 3.0),
        ("leve le blocus", 3.5),  # a siege lifted, the road open again
        ("levee du blocus", 3.5),
        ("leve le siege", 3.5),
        ("levee du siege", 3.5),
        ("cars circulent", 2.5),
        ("dans la cuisine", 3.0),  # a kitchen fire, put out
        ("recu des tentes", 3.5),  # aid received at a site: news, no incident
        ("recu des kits", 3.5),
        ("recu des baches", 3.5),
        ("recu des couvertures", 3.5),
        ("received tents", 3.5),  # the same, in partners' English
        ("received food", 3.5),
        ("received blankets", 3.5),
        ("received kits", 3.5),
        ("for the holiday", 3.5),  # an office closed for a feast
        ("jour ferie", 3.5),
        ("please be advised", 2.0),
        ("tension est retombee", 3.5),  # tension eased: news, no clash
        ("croix rouge", 3.0),  # the Red Cross's volunteers are not the VDP
        ("sont rassures", 3.5),  # the soldiers came: people reassured
        ("rassures", 2.5),
        ("pour une dette", 3.0),  # a private quarrel over money
        ("manque de clients", 3.0),  # trade slow
        ("contre la drogue", 3.0),  # a march against drugs
        ("rouvrent", 3.5),  # schools open again
        ("rouvriront", 3.5),
        ("se sont entendus", 3.5),  # an agreement reached
        ("tension est tombee", 3.5),
        ("feu de brousse controle", 3.5),  # early burning by the forestry service
        ("feux precoces", 3.5),
        ("eaux et forets", 2.0),
        ("pas d inquietude", 2.5),
        ("on l a eteint", 3.0),
        ("l ont eteint", 3.0),
        ("sorti vivant", 3.0),  # a child fallen into a well, pulled out alive
        ("sortie vivante", 3.0),
        ("petards", 3.5),  # firecrackers at a feast
        ("pluie a commence", 3.0),  # the rainy season begins: fields prepared
        ("premieres pluies", 3.0),
        ("debut des pluies", 3.0),
        ("preparent les champs", 3.0),
        ("en formation", 2.5),  # staff away training, replaced
        ("le remplace", 3.0),
        ("la remplace", 3.0),
        ("pour le cortege", 3.5),  # a road closed for an official's visit
        ("ont repare", 3.5),  # the soldiers repaired the bridge
        ("ont distribue", 3.0),  # the soldiers handed out exercise books
        ("a distribue", 3.0),  # "le projet a distribué des moustiquaires"
        ("salubrite", 3.0),  # a clean-up day with the soldiers
        ("s est marie", 3.5),  # a soldier's wedding
        ("ont aide a", 3.0),  # gendarmes helped push a bus out of the mud
        ("baisse des ventes", 3.0),
        ("organise une rencontre", 3.0),  # the gendarmes met the women
        ("ont construit", 3.0),  # the soldiers built a school
        ("rendu visite", 3.0),
        ("percute par", 3.0),  # a donkey hit by a lorry
        ("animaux egares", 3.0),  # strays found
        ("droits humains", 3.0),  # a training on human rights
        ("droits de l homme", 3.0),
        ("cours reprennent", 3.5),
        ("reprise des cours", 3.5),
        ("bon prix", 3.0),  # herds sold well
        ("ivrognes", 3.0),  # a drunks' brawl the police broke up
        ("les a separes", 3.0),
        ("font une fete", 3.0),
        ("retour de la paix", 3.0),
        ("en bon etat", 3.0),  # the road is good again
        ("passage du cortege", 3.5),
        ("cause electrique", 3.0),  # a fire of an electrical fault: an accident
        ("origine electrique", 3.0),
        ("electrical fault", 3.0),
        ("visite du ministre", 2.5),
        ("ministre visite", 2.5),
        ("bravo", 2.5),
        ("me doit", 3.0),  # a private debt, an election, a fair back: no incident
        ("dette", 2.5),
        ("elections", 3.0),
        ("candidats", 2.5),
        ("font campagne", 3.0),
        ("ont nettoye", 3.0),
        ("reprend apres", 3.0),
        ("est enfin arrive", 3.5),  # a convoy through at last: good news
        ("sont enfin arrives", 3.5),
        ("sous controle", 3.0),
        ("jouant au foot", 3.0),
        ("en jouant", 2.0),
        ("reouverture", 3.0),  # a service back: good news
        ("a rouvert", 3.0),
        ("ont rouvert", 3.0),
        ("reprise des cours", 3.0),
        ("repris l ecole", 3.0),  # "les enfants ont repris l'école": pupils back
        ("repris les cours", 3.0),
        ("repris le chemin de l ecole", 3.5),
        ("semences", 2.0),  # seeds handed out: aid
        ("ont ete bonnes", 2.5),  # a good rainy season, fine fields: news, no hazard
        ("bonnes pluies", 3.0),
        ("bonne pluviometrie", 3.0),
        ("bonne saison", 2.5),
        ("sont beaux", 2.0),
        ("sont belles", 2.0),  # "les arachides sont belles cette année"
        ("accord de paix", 4.0),
        ("signature d un accord", 3.0),
        ("reunion", 1.5),
        ("eu son bac", 3.0),  # an exam passed, not a ferry
        ("a eu le bac", 3.0),
        ("reussi au bac", 3.0),
        ("remercie dieu", 1.5),
        ("distribue des vivres", 3.5),  # aid handed out, help given: news, not an incident
        ("distribution de vivres", 3.5),
        ("ont soigne", 2.5),
        ("ont secouru", 2.5),
        ("ont aide la population", 3.0),
        ("ont escorte", 2.0),
        ("jouent au foot", 3.0),
        ("match de foot", 3.0),
        ("football", 2.0),
        ("au football", 3.0),  # "ont battu ceux de Konna au football 2-0": a score
        ("au foot", 3.0),
        ("donne du sang", 3.5),  # soldiers giving blood at the hospital
        ("don de sang", 3.5),
        ("donneurs de sang", 3.5),
        ("bonjour", 1.0),
        ("salut", 1.0),
        ("merci", 1.5),
        ("militaires sont arrives", 2.0),  # help came: relief, not a complaint
        ("soldats sont arrives", 2.0),
        ("fama sont arrives", 2.0),
        ("renforts sont arrives", 2.0),
        ("test", 2.0),
        ("tout va bien", 3.0),
        ("remerci", 2.0),  # "le chef remercie les FAMa pour la patrouille"
        ("sensibilis", 3.0),  # an awareness campaign (about mines, peace, hygiene)
        ("fait vacciner", 3.0),  # herds vaccinated
        ("ont vaccine", 3.0),
        ("bouteille de gaz", 3.5),  # a gas bottle exploded: an accident
        ("explosion de gaz", 3.5),
        ("se vendent bien", 3.0),  # herds sold, a harvest in: trade and farming news
        ("pour la tabaski", 3.0),
        ("ont recolte", 3.0),
        ("courant est revenu", 3.5),  # a service back
        ("electricite est revenue", 3.5),
        ("reseau est revenu", 3.5),
        ("resultats du", 2.5),  # exam results
        ("de reussite", 3.0),
        ("voleurs ont ete arretes", 3.5),  # the thieves caught: the forces' job done
        ("voleur a ete arrete", 3.5),
        ("bandits ont ete arretes", 3.5),
        ("ont ete rendues", 3.0),  # the goods given back
        ("ont ete rendus", 3.0),
        ("motos rendues", 3.0),
        ("ont offert", 3.5),  # the forces giving school supplies
        ("comme chaque annee", 3.0),  # the herds' yearly move, a feast
        ("partis en transhumance", 3.0),
        ("rentres a l ecole", 3.0),  # school back: the news is good
        ("enseignants sont revenus", 3.0),
        ("enseignants sont de retour", 3.0),
        ("ont repris les cours", 3.0),
        ("vaccination des animaux", 3.0),  # a campaign announced, no incident
        ("campagne de vaccination", 2.5),
        ("je voulais savoir", 2.0),  # a question
        ("s inscrire", 2.0),  # registering for aid
        ("juste un controle", 3.0),  # "c'était juste un contrôle d'identité": routine
        ("simple controle", 3.0),
        ("controle de routine", 3.0),
        ("routine check", 3.0),
        ("rien a signaler", 4.0),
        ("rien de grave", 4.0),  # "rien de grave, juste une dispute entre voisins"
        ("ras", 3.0),
        ("numero", 1.5),
        ("bonne fete", 3.0),
        ("bonne arrivee", 3.0),  # a welcome, not people arriving
        ("aucun incident", 4.0),
        ("pas d incident", 4.0),
        ("normalement", 2.0),  # "les gens vont au champ normalement"
        ("bienvenue", 2.5),
        ("felicit", 2.5),
        ("question", 1.0),
        ("info", 0.5),
        ("cest quoi", 2.0),
        ("envoyer les messages", 2.0),  # questions about the service itself
        ("voudrais savoir si", 2.5),  # a question ("si vous pouvez aider les déplacés")
        ("voulais savoir si", 2.5),
        ("a quelle heure", 3.0),  # "à quelle heure ferme le marché ?": opening hours
        ("a quelle heure ferme", 4.0),
        ("a quelle heure ouvre", 4.0),
        ("ferme a quelle heure", 4.0),
        ("quels sont les horaires", 3.0),
        ("what time", 2.5),
        ("dugu ka ne", 2.5),  # bm "dugu ka nɛ": the village is well
        ("envoyer des messages", 2.0),
        ("en bambara", 1.5),  # a language named, not its speakers
        ("en peul", 1.5),
        ("en fulfulde", 1.5),
        ("en songhai", 1.5),
        ("in bambara", 1.5),
        ("hello", 1.0),
        ("thank", 1.5),
        ("thanks", 1.5),
        ("calm", 2.0),  # calme too (the stem), counted once
        ("jam", 1.0),
        ("i ni ce", 2.0),
        ("i ni sogoma", 2.0),
        ("hera", 1.0),
        ("fofo", 1.0),
        ("baani", 1.5),
        ("on jaraama", 2.0),
        ("paix", 1.0),
        ("reunion de paix", 4.0),  # peace-making is news, not an incident
        ("comite de paix", 3.0),
        ("ont fait la paix", 3.5),  # peace made before the prefect
        ("fait la paix", 3.0),
        ("s est bien deroule", 3.0),
        ("se sont engage", 2.5),
        ("pour la paix", 3.0),
        ("reconciliation", 2.5),
        ("sensibilisation", 2.5),
        ("peace meeting", 4.0),
        ("priere", 1.0),
    ],
}

# Structured focal-point syntax: "ALERTE VOL BETAIL Dinangourou 40 boeufs".
STRUCTURED = {
    "attaque": "attack", "attack": "attack", "enlevement": "kidnapping",
    "kidnapping": "kidnapping", "vol betail": "cattle_theft", "vol de betail": "cattle_theft",
    "betail": "cattle_theft", "banditisme": "banditry", "braquage": "banditry",
    "foncier": "land_dispute", "conflit foncier": "land_dispute", "champ": "land_dispute",
    "intercommunautaire": "intercommunal", "conflit": "intercommunal",
    "conflit champ": "land_dispute",
    "conflit terre": "land_dispute", "conflit puits": "land_dispute",
    "degats champ": "land_dispute", "degat champ": "land_dispute",
    "hommes armes": "armed_presence", "presence": "armed_presence", "mine": "explosive",
    "engin": "explosive", "explosif": "explosive", "eei": "explosive",
    "trafic": "trafficking", "deplaces": "displacement", "deplacement": "displacement",
    "abus": "security_forces_abuse", "plainte": "security_forces_abuse",
    "ecole": "service_disruption", "sante": "service_disruption", "service": "service_disruption",
    "inondation": "natural_hazard", "feu": "natural_hazard", "epidemie": "natural_hazard",
}  # fmt: skip
STRUCTURED_KEYWORDS = {"alerte", "alert", "signal", "incident"}

# Categories whose words are often absences ("pas de médecin", "no network"):
# negation does not cancel them.
ABSENCE_CATEGORIES = {"service_disruption", "natural_hazard", "other"}
LIVESTOCK = [
    "boeuf", "vache", "betail", "mouton", "chevre", "chameau", "anes", "troupeau", "animaux",
    "misi", "saga", "nai", "na i", "hawey", "cattle", "cows", "goats", "camels", "sheep",
    "cheptel", "bovin", "ovin", "caprin", "ruminant",
    "bagan", "livestock", "herd", "herds",
    "nagge", "ngaari", "mbaalu", "mbeewa",  # ff: cow, bull, sheep, goat
    "feeji", "hinci",  # ses: sheep, goats
]  # fmt: skip
THEFT = [
    "vol", "vols", "vole", "voler", "volent", "pris", "prendre", "prenn", "emport", "enlev",
    "steal",
    "stole", "theft", "stolen",
    "gujj", "nguj", "zay", "zey", "sonya", "sonw", "rustl", "razzia", "robbed", "rob", "looted",
    "loot", "seized", "took", "wujj", "wuyb", "njaggi", "jaggi", "depouill", "arrach",
    "piller", "pillent", "pillage",  # looting shops
    "thieves", "thief",  # "herders lost 50 cows to thieves"
    "taken",  # "50 cattle were taken by armed men"
    "drove off", "driven off",  # "armed men drove off the herd"
    "disparu",  # animals gone: stolen (people gone: feared abducted, see HUMANS)
]  # fmt: skip
# People: "enlevés" with animals and no person named is a theft of animals.
HUMANS = [
    "personne", "gens", "homme", "femme", "enfant", "fille", "fils", "frere", "soeur", "chef",
    "berger", "commercant", "eleve", "enseignant", "maitre", "maire", "imam", "villageois",
    "talibe",
    "civil", "otage", "people", "men", "women", "children", "mogo", "yimbe", "borey",
    "voisin", "mari", "epouse", "oncle", "cousin", "pere", "mere", "neveu", "papa", "maman",
    "chauffeur", "jeune", "garcon", "passager", "pecheur", "denmisen", "muso", "dugutigi",
    "kamalen",  # bm: young man
    "cikela", "karamogo", "passenger", "teacher", "driver", "herder", "farmer", "trader",
    "villager", "woman", "child", "boy", "girl", "chief", "mayor", "orpailleur",
    "worbe", "rewbe", "sukaabe",  # ff: men, women, children
    "zankey", "wayborey", "alborey",  # ses: children, women, men
]  # fmt: skip
# Communities named in reports of tension: two different ones in one report make
# a clash between them intercommunal rather than a plain attack.
COMMUNITIES = {
    "peul": "peul", "peuls": "peul", "peulh": "peul", "peuhl": "peul", "fulani": "peul",
    "fulbe": "peul", "foulbe": "peul", "dogon": "dogon", "dogons": "dogon",
    "bambara": "bambara", "bambaras": "bambara", "bozo": "bozo", "bozos": "bozo",
    "dozo": "dozo", "dozos": "dozo", "mossi": "mossi", "mossis": "mossi",
    "touareg": "touareg", "touaregs": "touareg", "tuareg": "touareg", "tuaregs": "touareg",
    "songhai": "songhai", "sonrai": "songhai", "songhay": "songhai", "arabe": "arabe",
    "arabes": "arabe", "koglweogo": "mossi", "fulaw": "peul", "bamananw": "bambara",
    "bamanan": "bambara",
    "peulw": "peul", "donsow": "dozo",  # bm plurals in -w (with "dogonw", "bozow" below)
    "bella": "bella", "bellas": "bella", "zarma": "zarma", "zarmas": "zarma",
    "djerma": "zarma", "djermas": "zarma", "gourmantche": "gourmantche",
    "gourmantches": "gourmantche", "kurumba": "kurumba", "kouroumba": "kurumba",
    "foulse": "kurumba", "haoussa": "haoussa", "haoussas": "haoussa",
    "dogonw": "dogon", "bozow": "bozo", "fula": "peul", "somonow": "bozo", "dozow": "dozo",
    # the adjectives: "des maisons peules", "un hameau dogon"
    "peule": "peul", "peules": "peul", "peulhs": "peul", "dogones": "dogon",
    "touaregues": "touareg", "fulanis": "peul",
    # central Mali's hunters' brotherhoods are the dozo militias: against a community named
    # beside them, one community's men against another's
    "chasseurs": "dozo", "chasseur": "dozo",
}  # fmt: skip
GREETINGS = {"salut", "bonjour", "bonsoir", "jam", "slt", "hello", "fofo", "waali", "tan"}
NEGATIONS = {"pas", "aucun", "aucune", "sans", "jamais", "no", "not", "none", "nothing", "plus"}
NEGATION_WINDOW = 3
POSTPOSED_NEGATIONS = {"ma", "te"}  # Bambara: after the subject

# Time: the event is over (lower urgency) or happening now (raise it).
PAST = [
    "mois passe", "mois dernier", "semaine passee", "semaine derniere", "annee passee",
    "annee derniere", "l an passe", "il y a deux semaines", "last month", "last week",
    "last year", "depuis des mois", "depuis longtemps", "est revenu", "sont revenus",
    "sortis de l hopital", "sorti de l hopital", "sortie de l hopital",  # the wounded healed
    "a ete libere", "ont ete liberes", "liberes", "released", "kalo", "kalo temenen",
    "san temenen", "jusqu a present pas de nouvelles",
    # a weekday gone by: "l'attaque de mardi passé"
    "lundi passe", "mardi passe", "mercredi passe", "jeudi passe", "vendredi passe",
    "samedi passe", "dimanche passe", "lundi dernier", "mardi dernier", "mercredi dernier",
    "jeudi dernier", "vendredi dernier", "samedi dernier", "dimanche dernier",
    "last monday", "last tuesday", "last wednesday", "last thursday", "last friday",
    "last saturday", "last sunday",
]  # fmt: skip
PAST_UNITS = {"semaine", "semaines", "mois", "ans", "annee", "annees", "weeks", "months", "years"}
NOW = [
    "be ka",  # bm: is …-ing
    "be na",  # bm: is coming ("marifatigiw bɛ na")
    "ena haba",  # ff: are fighting ("remooɓe e aynaaɓe ena haɓa")
    "soho",  # ses sohõ: now
    "maintenant", "en ce moment", "en cours", "actuellement", "a l instant", "now",
    "right now", "currently", "sisan", "sisan sisan", "jooni", "ce matin", "cette nuit",
    "aujourd hui", "this morning", "tonight", "ce soir", "bi", "hande", "encore",
    "this afternoon", "this evening",
    "arrivent", "approchent", "se dirigent", "encercl", "heading", "approaching",
    "depuis 10 minutes", "depuis 15 minutes", "depuis 20 minutes", "depuis 30 minutes",
    "depuis une heure", "depuis 1 heure", "depuis 2 heures", "on est couche", "cette nuit",
    "avance vers", "avancent vers", "s approche", "s approchent", "sont la", "sont ici",
    "est la", "rentre dans", "rentre ds", "rentrent dans", "rentrent ds", "entrent dans",
    "sont dans la", "sont dans le", "sont dans notre",  # "les jihadistes sont dans la mosquée"
    "entrent ds", "sont entres", "overnight", "last night", "in the night",
    # armed men acting in the village as the person writes
    "rassemblent", "fouillent", "font sortir", "cherchent le", "cherchent les", "guettent",
    "tirent", "brulent", "egorgent", "tabassent", "frappent", "encerclent",
    "se battent", "se bagarrent", "bagarre a commence",  # a fight as the person writes
    "s affrontent", "se rapproche", "se rapprochent",  # a clash, a fire coming closer
    "l eau est entree", "les eaux sont entrees",  # water in the houses as they write
    "deborde", "debordent",  # the river overflowing
    "va ceder", "l eau monte", "fleuve monte", "eaux montent",  # a dike giving way, water rising
    "eau partout",
    "river is rising", "water is rising", "water is entering", "rising fast",  # English
    "still burning", "is still on fire", "are still there", "is still there",
    "sorti de son lit", "sortis de leur lit", "quartiers sous l eau",  # a river out now
    "va vers le", "va vers les",  # a fire on its way to the granaries
    "spreading", "se propage", "se propagent",  # a fire or an epidemic on its way
    "wind is pushing", "pushing it towards", "is coming towards",  # English, a fire on its way
    "le vent pousse", "pousse le feu", "le pousse vers", "la pousse vers",
]  # fmt: skip
# Happening as the person writes (narrower than NOW, which also takes "ce matin"):
# animals being driven off right now can still be intercepted.
UNFOLDING = [
    "maintenant", "en ce moment", "en cours", "actuellement", "a l instant", "now",
    "right now", "currently", "sisan", "jooni", "en train de", "entrain de", "be ka",
    "separent", "fouillent", "depouillent",
    "tirent", "tirent encore",  # "les bandits tirent encore": shots as the person writes
    "emmenent", "emportent", "prennent les",  # animals being taken as the person writes
    "en train d etre emporte",
    "se dirige", "se dirigent", "les suivent",  # the raiders on their way, followed
    "a leur poursuite", "les poursuivent", "les pourchassent",  # herders giving chase
    "are fighting", "are clashing", "are shooting", "are attacking", "are burning",
    "are looting",  # English told as it happens
    "fuite massive",  # a village emptying
    # the thieves still about: "les voleurs sont encore dans la brousse à côté"
    "sont encore dans", "sont toujours dans", "still in the area",
    "sont encore a", "sont toujours a", "are still in", "are still there", "still there",
]  # fmt: skip
UNFOLDING_URGENT = {"cattle_theft", "banditry"}  # a hold-up under way: lives at risk
# Said of a past event to say it is over: "maintenant ça va" is no emergency now.
CALM = [
    "maintenant ca va", "ca va maintenant", "maintenant c est calme", "cest calme maintenant",
    "aujourd hui c est calme",
    "tout est calme", "la situation est calme", "le calme est revenu", "calm now",
    "all quiet now",
    "maintenant cest calme", "calme maintenant",  # "mtn c calme", "situation calme mtn"
    "matin cest calme", "matin c est calme",  # "des tirs hier soir … ce matin c'est calme"
    "depuis cest calme", "cest calme depuis",  # "attaqué la semaine dernière … depuis c'est calme"
]  # fmt: skip
# The two sides of a farmer–herder conflict: a clash between them, even a deadly one,
# is the land dispute it grew from, not a one-sided attack.
FARMERS = [
    "agricult", "cultivateur", "paysan", "riziculteur", "cikela", "senekela", "farmers", "remoo",
]  # fmt: skip
HERDERS = ["eleveur", "berger", "transhumant", "pasteur", "herders", "aynaa"]
# Fishers and herders share the Delta's waters and bourgou: their quarrel is the land's.
FISHERS = ["pecheur", "fishermen", "fishers", "bozo", "bozos", "somono"]
CLASH = [
    "affront", "bagarre", "heurt", "clash", "rixe", "se battent", "battus",
    "kele", "habre",  # Bambara kɛlɛ, Fulfulde haɓre: a fight
    "soso",  # Bambara sɔsɔ: quarrel
    "conflit", "haba", "se disputent",
    "fight", "fought", "exchanged fire",
]  # fmt: skip
# Armed men said to have gone, or only heard of: no one to meet within hours.
# What armed men leave behind — tracts, a letter, a recorded message: found "ce matin",
# they say nothing of men there now.
TRACES = [
    "tract", "tracts", "lettre qui interdit", "lettre de menace", "message audio", "audio",
    "vocal",
]  # fmt: skip
DEPARTED = [
    "sont partis", "sont repartis", "ont quitte", "sont passes", "sont passees", "left",
    "have left", "sont parties", "sont reparties",
    "sont parti", "sont reparti",  # SMS: "ils sont parti vers la foret"
    "ont continue", "ont poursuivi",
    "zakat", "preche", "on dit", "rumeur", "taara",
    "la dime",  # a levy collected: as "zakat"
    *TRACES,  # a letter, tracts, an audio message found: their authors are not there
]  # fmt: skip
# Deaths with a cause other than violence: hunger at a site, illness without care.
NATURAL_DEATH = [
    "de faim", "de soif", "de froid", "de maladie", "faute de soins", "faute de", "faute d",
    "en accouchant", "en couches", "accouchement",  # a birth without care
    "malnutrition", "famine", "epuisement", "hunger", "starvation",
]  # fmt: skip
# Goods moved across a border for sale: stolen motorbikes trafficked are trafficking.
SMUGGLING = [
    "trafic", "contrebande", "smuggl", "traffick", "passeurs", "de l autre cote",
    "passent la frontiere", "passe la frontiere", "across the border",
    "reseau de", "demantel",  # "un réseau de vol de motos démantelé": a trade
]  # fmt: skip
# A programme about an incident, or its anniversary: the incident is its subject, not news.
MEDIA = [
    "le film", "un film", "ce film", "films", "a la tele", "documentaire", "emission",
    "reportage", "documentary",  # (not "filmait", "a filmé": someone filming what happens)
]  # fmt: skip
REMEMBRANCE = ["jour pour jour", "anniversaire", "commemor", "en memoire", "anniversary"]
# The danger removed: a device defused is still a device found, but no emergency.
RESOLVED = [
    "safely destroyed", "destroyed by the army", "ied neutralized", "ied was neutralized",
    "desamorc", "defused", "neutralise par le genie", "detruit par le genie",
    "eei neutralise", "engin neutralise", "mine neutralisee", "neutralise par les fds",
    "circulation a repris", "fait exploser l engin", "tout est securise", "l ont fait exploser",
    "detruit par les demineurs", "detruit par l armee", "detruite par le genie",
    "detruite par l armee", "detruite par les demineurs", "detruite par les militaires",
    "detruit par les fds", "detruit par les militaires", "la route est rouverte",
]  # fmt: skip
# Casualties said without a number: lives were lost or hurt all the same.
UNCOUNTED_CASUALTIES = [
    "plusieurs bless", "plusieurs mort", "plusieurs tue", "beaucoup de bless",
    "bless grave", "blesse grave", "blesses graves", "bles grave",  # badly hurt, uncounted
    "beaucoup de mort", "nombreux bless", "nombreux mort", "nombreuses victimes",
    "dizaines de mort", "dizaines de bless", "des blesses", "des morts", "des victimes",
    "several injured", "several wounded", "several killed", "several dead", "many injured",
    "many wounded", "many killed", "many dead", "some injured", "some wounded",
    "caman sara", "caman fagara", "caman jogin",  # bm: "mɔgɔ caman sara", many died
]  # fmt: skip
# People taken away: whoever takes them (a militia, soldiers), lives are at risk.
ABDUCTED = [
    "enlev", "kidnapp", "otage", "emmene", "emmenes", "emmenee", "emmenees", "amenes",
    "abduct", "taken away", "minen ka taa", "ye u mine", "retiennent", "sequestr", "ramass",
    "minena",  # bm: caught ("u ye kamalen naani minɛ")
    "took them away", "took him away", "took her away", "led away",
]  # fmt: skip
# People held tied up or shut in by a militia or soldiers: whether they live is decided
# within hours.
HELD = [
    "attache", "attaches", "attachees", "ligot", "enchain", "retiennent", "sequestr",
    "detiennent", "tied up",
]  # fmt: skip
# A captivity still going on: a ransom asked, no news yet — urgent however long ago.
STILL_HELD = ["toujours detenu", "toujours detenue", "toujours detenus", "encore detenu"]
CAPTIVE = [
    "rancon", "ransom", "toujours pas de nouvelles", "toujours sans nouvelles",
    "toujours detenu", "toujours detenue", "toujours detenus", "entre leurs mains",
]  # fmt: skip
# A person gone: "disparu", "introuvable", Bambara "tununa" (vanished).
GONE = ["disparu", "introuvable", "tunun", "disparition"]
# Staff away since the holidays: a service's absence, no one missing.
AWAY_SINCE = ["depuis les vacances", "depuis les conges", "depuis la rentree", "since the holidays"]
# A person nobody can reach: with a person named before, feared abducted.
NO_NEWS = [
    "sans nouvelle", "pas de nouvelle", "plus de nouvelle", "pas donne de nouvelle", "injoignable",
    "no news of",
    "telephone ne passe pas", "telephone est coupe",
    "ne le retrouve pas", "ne la retrouve pas", "ne les retrouve pas", "ne le trouve pas",
    "ne la trouve pas", "ne les trouve pas", "toujours pas retrouve", "pas encore retrouve",
    "ne le trouve plus", "ne la trouve plus", "ne les trouve plus", "ne le retrouve plus",
    "ne la retrouve plus", "ne les retrouve plus",
    "on le cherche", "on la cherche", "on les cherche", "cannot find", "can t find",
    "ne sonne plus", "ne repond plus", "ne repondent plus", "parti avec des inconnus",
    "partie avec des inconnus", "partis avec des inconnus", "qu on ne connait pas",
]  # fmt: skip
# Whereabouts unknown: after armed men took people off a bus, feared abducted; after an
# arrest by the forces, held somewhere (s13a23, s14a08: not urgent unless taken away).
WHEREABOUTS_UNKNOWN = [
    "ne sait pas ou ils sont",
    "ne sait pas ou il est",
    "ne sait pas ou elle est",
]
# The person is safe after all: "il est chez sa tante", "a été retrouvé".
FOUND = [
    "il est chez", "elle est chez", "est de retour", "a ete retrouve", "a ete retrouvee",
    "retrouve sain", "retrouvee saine", "il va bien", "elle va bien", "est rentre",
    "etait chez", "croyait disparu", "croyait disparue", "croyait enleve", "croyait enlevee",
    "est rentree", "is safe", "was found", "retrouves chez", "retrouvees chez", "retrouve chez",
    "retrouvee chez",
]  # fmt: skip
# A life at risk within hours, whatever the incident (a woman in labour cut off).
# Homes fallen in: a flood or a storm with people under the walls.
COLLAPSED = ["effondr", "sont tombees", "se sont ecroul", "binna", "collapsed"]
LIFE_AT_RISK = [
    "va mourir", "vont mourir", "risque de mourir", "en danger de mort",
    "entre la vie et la mort", "perdre beaucoup de sang", "perd beaucoup de sang",
    "perd son sang", "is dying", "will die", "malades meurent", "enfants meurent",
    "children dying", "people dying", "dying of hunger",
    "gens meurent", "personnes meurent",
    "mort de faim", "morte de faim", "morts de faim", "mortes de faim", "died of hunger",
    "pas evacuer", "peut pas evacuer", "peuvent pas evacuer",  # the sick cut off
    "starved to death",
]  # fmt: skip
MONTHS = frozenset({
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
})  # fmt: skip
# Where displaced people live: a flood or a dry well there is the news, not the flight.
CAMP = [
    "camp de deplaces", "camp des deplaces", "camp de refugies", "camp des refugies",
    "site de deplaces", "site des deplaces", "camp de pdi", "site de pdi",
]  # fmt: skip
# Killing words: with people after them ("ont tué des Peuls"), lives were lost.
KILLING = ["tue", "tues", "tuent", "tuer", "massacr", "egorg", "abattu", "execut", "killed"]
# A killing word that no "other" word outweighs ("le président du comité de paix a été
# assassiné": the peace committee is where he worked, not the news).
VIOLENT_DEATH = [*KILLING, "assassin", "murdered"]
# Seen yesterday: armed men named with only this word of time are not there now.
YESTERDAY = ["hier", "kunu", "yesterday", "hanki", "hangki"]  # ff haŋki
# Yesterday or the night before, said outright ("cette nuit" may be now).
LAST_NIGHT = [*YESTERDAY, "nuit derniere", "nuit passee", "last night"]
# Money taken by threat: armed men who extort are bandits (forces who do: a complaint).
EXTORTION = [
    "rackett", "racket", "extor", "font payer", "extort", "ranconn", "demandent de l argent",
    "exigent de l argent", "demand money", "demands money", "demanding money",
]  # fmt: skip
# Someone held set free: with thanks, good news rather than a complaint.
RELEASED = [
    "ont libere", "a libere", "ont relache", "a relache", "ont relaxe", "a relaxe",
    "released", "freed", "set free",
]  # fmt: skip
# Hostages or someone abducted set free: the abduction is over (not "pour le libérer").
FREED = frozenset({
    "libere", "liberes", "liberee", "liberees", "relache", "relaches", "relachee",
    "relachees", "freed", "released",
})  # fmt: skip
# A school or a clinic open again: good news, whatever closure it ends.
REOPENED = [
    "rouvrent", "rouvert", "rouverte", "reouverture", "rouvre", "rouvriront", "reprise des cours",
    "reprennent les cours", "reopened", "reopen",
]  # fmt: skip
# Set on fire: armed men who burn a school or granaries have attacked it.
# Where people live: burned, a reprisal on them (not goods burned).
DWELLINGS = [
    "maison", "case", "cases", "concession", "grenier", "hameau", "village", "campement",
    "house", "houses", "huts", "homes",
]  # fmt: skip
BURNED = [
    "brule", "incendi", "burned", "burnt", "torched", "set fire", "mis le feu", "jeni",
    "tasuma don",  # bm: set fire ("u bɛ ka tasuma don sow la", to the houses)
]  # fmt: skip
# Found dead: whatever happened before (an abduction), people were killed.
FOUND_DEAD = [
    "retrouve mort", "retrouves morts", "retrouvee morte", "retrouvees mortes",
    "corps a ete retrouve", "corps ont ete retrouves", "retrouve le corps", "corps retrouve",
    "body was found", "bodies were found",
    "retrouve sans vie", "retrouves sans vie", "found dead",
    "retrouve leurs corps", "retrouve son corps", "retrouve leur corps",  # abducted, then
    "the body of",  # "the body of the herder who disappeared was found"
    "his body was found", "her body was found",
]  # fmt: skip
# Money, after a number: a price or a sum demanded, never a count of people.
MONEY_UNITS = frozenset({
    "f", "fcfa", "cfa", "francs", "franc", "fr", "frs", "cfaf", "dollars", "euros",
})  # fmt: skip
# Who robs: bandits who "attack" a shop or a bus for its goods are robbing it.
ROBBERS = [
    "bandit", "braqueur", "coupeurs de route", "coupeur de route", "voleur", "robbers",
    "highwaymen", "sonw", "sonsoni",  # bm sonsoninw: thieves
]  # fmt: skip
# Robbed: people stripped of what they carried (the robbery, whoever did it).
ROBBED = [
    "depouill", "detrousse", "braque", "braques", "braquee", "braquees", "braquage", "robbed",
    "robbing",
    "piller", "pillent", "pille", "pillee", "pilles", "pillees",  # a market looted
]  # fmt: skip
# Levies armed groups impose: taking them is their rule over a place, not a theft.
LEVY = [
    "zakat", "la dime", "dime sur", "impot islamique",
    "leur part du troupeau", "leur part des animaux",  # the group's levy on the herds
]  # fmt: skip
# A fire's cause said to be the wiring: an accident.
ELECTRICAL = ["court circuit", "cause electrique", "electrical fault", "short circuit"]
# A fire someone set: arson, not a disaster.
ARSON = [
    "incendie volontaire", "incendie criminel", "ont mis le feu", "a mis le feu",
    "mettre le feu", "set fire", "set on fire", "arson", "ont incendie", "a incendie",
    "criminel", "criminal",  # "incendie du marché, criminel selon les gens"
]  # fmt: skip
# Armed actors other than the forces: named between the forces and a taking, they
# may be the ones who took.
ARMED_ACTORS = [
    "hommes armes", "gens armes", "hommes en armes", "gens en armes", "individus",
    "inconnus", "assaillants", "jihad", "rebelle", "rebel", "armed group", "groupe arme",
    "groupes armes",
    "djihad", "terroris", "hani", "gat", "gunmen", "armed men", "marifatigi",
]  # fmt: skip
# The armed men the forces fight, as people (not "counter-terrorism"): shots between
# them and the forces are the fight, not a complaint.
COMBATANTS = [
    "assaillants", "jihadistes", "djihadistes", "terroristes", "hommes armes", "gunmen",
    "militants", "insurges", "insurgents", "assailants", "attackers",
]  # fmt: skip
# Vengeance promised: violence within hours, whatever the dispute grew from.
REVENGE = [
    "se venger", "vengeance", "represailles", "revenge", "retaliat", "reprisal",
    "promettent de repondre",
]  # fmt: skip
# Harm promised unless money is paid ("payer ou on brûle ta maison"): extortion, not an attack.
UNLESS_PAID = ["payer ou", "payer sinon", "paye ou", "paie ou", "paient ou", "pay or"]
# People fleeing fighting as the message is written: lives at risk within hours.
# A question to the service about what it does ("est-ce que vous aidez les déplacés ?").
ASKS_THE_SERVICE = [
    "est ce que vous", "je veux savoir si vous", "je voudrais savoir si vous", "vous donnez",
    "vous aidez", "vous distribuez", "do you give", "do you help", "do you distribute",
    "are you helping", "can you help the",
]  # fmt: skip
FLEEING_NOW = ["fuient", "fuit", "en train de fuir", "fleeing", "are fleeing", "ndogii"]
# People leaving their village: said with a word of now, a flight under way (urgent), not
# arrivals counted at a site.
LEAVING = [
    "fuient", "partent", "quittent", "se vide", "en train de partir", "en train de fuir",
    "s est vide",
    "commencent a partir", "commencent a fuir",
    "fuite massive", "exode", "sont tous partis", "sont partis tous", "sont parti tous",
    "be taa", "be boli", "be ka boli", "bolila", "are leaving", "fleeing", "ndogii", "ndoggi",
    "be ka bo",  # bm: "mɔgɔw bɛ ka bɔ Dioura": people are leaving
]  # fmt: skip
FIGHTING = ["combats", "attaq", "tirs", "coups de feu", "fighting", "clashes"]
# A talk about a danger, not a report of one: an awareness session on explosive devices.
AWARENESS = [
    "sensibilisation", "sensibiliser", "causerie", "seance d information", "formation",
    "atelier sur", "awareness", "education aux risques", "eduquer",
]  # fmt: skip
# A device met, not only talked about.
DEVICE_MET = [
    "trouve", "retrouve", "decouvert", "decouverte", "ramasse", "a explose", "ont explose",
    "explosion", "a saute", "ont saute", "sur une mine", "enterre", "posee", "pose",
    "found", "exploded",
]  # fmt: skip
# Tension eased: the communities' news is good news.
CALMED = [
    "tension est retombee", "tension est tombee", "se sont reconcilies", "reconciliation",
    "est retombee",  # "la tension entre peuls et bambaras … est retombée"
    "tension a baisse", "apaisement",
    "se sont entendus", "mis d accord", "trouve un accord", "ont signe",  # an agreement
]  # fmt: skip
# Staff of a school or a clinic: their leaving is the service's closure, not a flight.
STAFF = [
    "enseignant", "maitre", "maitres", "professeur", "directeur", "infirmier", "infirmiere",
    "medecin", "sage femme", "major", "agents de sante", "teachers", "nurse", "doctor",
]  # fmt: skip
# A town cut off: with a time that has lasted, a siege, not an assault under way.
SIEGE = ["blocus", "encercl", "siege", "assieg", "under siege", "besieged"]
# People arriving at a site: counted there, for the digest (unless they are fleeing now).
ARRIVING = [
    "arrivent", "arrives", "arrivees", "arriver", "accueilli", "arriving", "arrived",
    "se sont installees", "se sont installes", "s installent", "sont installees",
    "sont installes",
    "ngari",  # ff: came ("ɓe ngari Dori": they came to Dori)
]  # fmt: skip
# Armed men settled by a village: their presence is the news, whatever they take.
CAMPED = [
    "se sont installes", "sont installes", "campent", "ont installe leur camp",
    "have settled", "are camping", "set up camp",
]  # fmt: skip
# Things set on fire that are no one's home: a granary, a shop, a field.
PROPERTY = [
    "grenier", "recolte", "boutique", "champ", "meule", "hangar", "stock",
    "harvest", "granar", "shop", "crops",
    "health post", "poste de sante", "clinic", "dispensaire", "mairie", "town hall",
    "motos", "camions", "vehicules",  # burned where they stood, to enforce a ban
]  # fmt: skip
# A person's death from illness: sad news, no epidemic unless a disease is named.
OF_ILLNESS = [
    "de maladie", "suite a une maladie", "apres une maladie", "longue maladie",
    "apres une courte maladie",
]  # fmt: skip
# Vaccination: the disease named is the one prevented.
VACCINATION = ["vaccin", "vaccination", "vaccinated", "vaccinating"]
# Vehicles: one broken down is a traveller's trouble, not a service's.
VEHICLES = [
    "camion", "camions", "car", "bus", "voiture", "vehicule", "moto", "camionnette", "truck",
]  # fmt: skip
# Armed men driving animals: the herd is being taken, not grazed.
DRIVING = [
    "conduis", "conduire", "conduit", "emmen", "pouss", "chass", "amenent", "driving",
    "gen ka taa",  # bm: drove (them) away
]  # fmt: skip
# Armed men holding a road, or violence breaking out now over land: lives at risk.
BLOCKADE = [
    "barrage", "checkpoint", "bloque", "datugu", "ne passent plus", "coupe la route", "blocus",
    "pris le controle", "prennent le controle", "occupent", "cartes d identite",
    "pieces d identite", "controlent les", "fouillent", "ferme la route", "fermer la route",
    "ferment la route", "ne passe plus",
]  # fmt: skip
VIOLENCE = [
    "frappe", "blesse", "bagarre", "affront", "machette", "arme", "tension", "tendue",
    "force le passage", "forcer le passage", "kele", "habre", "haba", "se battent",
    "degenerer",  # "ça risque de dégénérer": blows about to fall
    "fighting", "clashing",  # "herders and farmers are fighting for water"
    "ont battu",  # "les militaires ont battu un vendeur"
]  # fmt: skip
# Tension that asks for talks: leaders, a dialogue, a mediation — a matter for the digest
# unless the words say now ("les jeunes menacent de brûler le quartier ce soir").
DIALOGUE = [
    "dialogue", "leaders", "mediation", "pour parler", "reconcili", "sensibilis",
    "les sages", "notables",
]  # fmt: skip
# Firing on people: by the forces as the person writes, lives at risk now.
SHOOTING_AT = [
    "tirent sur", "tire sur", "ouvert le feu", "ouvrent le feu", "shooting at", "are shooting",
    "opened fire", "firing at", "firing on",
]  # fmt: skip
# A threat that came by phone or letter: no armed man is where the writer is.
REMOTE_THREAT = [
    "menaces de mort par telephone", "menaces par telephone", "menace par telephone",
    "menaces par sms", "menaces par message", "threats by phone", "threatened by phone",
    "appel telephonique", "phone call", "by telephone",  # a threat heard on the phone
]  # fmt: skip
# Men gathering to go against others ("se regroupent pour aller attaquer").
MUSTERING = ["se regroupent", "se mobilisent", "se preparent", "marchent vers", "vont vers"]
# Violence about to break out: with a land dispute's violence words, lives are at risk.
IMMINENT = [
    "va degenerer", "vont degenerer", "risque de", "vont se battre", "va y avoir",
    "sur le point", "prets a", "pret a", "menacent", "about to", "going to fight",
    "se regroupent", "se mobilisent", "pour se venger", "pour repondre", "vengeance",
    "ca va chauffer", "va chauffer", "vont chauffer", "ca chauffe", "sorti les fusils",
    "sorti les armes", "sortent les armes", "sortent les fusils",
    "se venger", "represailles", "sortis avec", "sorti avec", "sortent avec",
    "mal finir", "mal tourner", "revenge", "retaliat", "reprisal", "promettent de repondre",
    "promettent de se venger",
    "se preparent", "s arment", "s armer",  # "les jeunes se préparent", "les deux camps s'arment"
    "arming themselves", "are arming", "taking up arms", "took up arms",
    "carrying sticks", "carrying machetes", "armed with sticks", "armed with machetes",
    "ready to fight",  # "young men on both sides are carrying sticks"
]  # fmt: skip
# An attack named only as the reason people fled: the flight is the incident.
ATTACK_AS_CAUSE = [
    "depuis l attaque", "apres l attaque", "suite a l attaque", "a cause de l attaque",
    "after attacks", "because of attacks", "due to attacks", "following attacks",
    "after repeated attacks", "due to repeated attacks", "apres des attaques repetees",
    "a cause des attaque", "peur des attaque", "peur d une attaque", "peur de l attaque",
    "fuyant les attaque", "fuyant l attaque", "since the attack", "after the attack",
    "fearing attack", "fleeing attack", "crainte d attaque", "crainte d une attaque",
    "crainte des attaque", "crainte d attaques", "depuis l assassinat", "apres l assassinat",
    "depuis le massacre", "apres le massacre", "depuis la tuerie", "apres la tuerie",
    # what the displaced say of their home: why they came
    "leur campement a ete attaque", "leur village a ete attaque", "their village was attacked",
    "rumours of an attack", "rumors of an attack", "fear of an attack", "fear of attack",
]  # fmt: skip
# What brings a cause: "annulée à cause des rumeurs d'attaque" — the cancellation is the news.
CAUSE = [
    "a cause des", "a cause de", "a cause du", "a cause d", "par peur des", "par peur de",
    "par peur du", "par crainte", "because of", "for fear of", "peur des", "peur de",
    "parce que", "because", "due to", "owing to", "after threats", "following threats",
    "suite a des menaces", "suite aux menaces", "apres des menaces", "apres les menaces",
    "depuis les menaces", "depuis des menaces", "depuis la menace",
    "suite a l attaque", "suite aux attaques", "following the attack", "following attacks",
    # a service shut since an abduction: the closure is the news
    "depuis l enlevement", "apres l enlevement", "suite a l enlevement", "since the abduction",
    "since the attack", "since the attacks",  # "abandoned by its staff since the attack"
    "siranna", "u siran",  # bm: afraid of ("u siranna marifatigiw ɲɛ")
]  # fmt: skip
# "L'école est vide depuis qu'un enseignant a été enlevé": an abduction or an attack
# said as the start of a state of things (a threat so said is still news of its own).
SINCE = ["depuis qu", "depuis que"]
# An attack announced, not done: a threat from armed men (armed_presence).
THREATENED_ATTACK = [
    "vont attaquer", "va attaquer", "veulent attaquer", "menacent d attaquer",
    "menace d attaquer", "menaces d attaque", "menace d attaque", "menacent de tuer",
    "menaces de mort", "menace de mort", "death threats",
    "menace de tuer", "threaten to kill", "prevoient d attaquer",
    "menacent de le tuer", "menace de le tuer", "menacent de la tuer", "threatening to kill",
    "projettent d attaquer", "preparent une attaque", "prepare une attaque",
    "preparent d attaquer", "will attack", "plan to attack", "planning to attack",
    "threaten to attack", "threatened to attack", "sinon ils brulent", "sinon ils tuent",
    "y aura une attaque", "rumeur d attaque", "rumeurs d attaque", "attaque se prepare",
    "fear an attack", "fear of an attack",
    "sinon on brule", "sinon on tue", "ou ils brulent", "ou on brule",
    "ultimatum",  # "les jihadistes ont donné un ultimatum": leave or be attacked
    "pour attaquer", "se preparent a attaquer", "gathering to attack",
    "menace de bruler", "menacent de bruler", "menace d incendier", "menacent d incendier",
    "sous 48h", "sous 24h", "sous 72h",  # "quitter la commune sous 48h"
    "threatened to burn", "threaten to burn",
    "sera tue", "seront tues", "sera egorge", "seront egorges", "vont tuer", "va tuer",
    "will be killed", "will kill",
    "ils reviennent ce soir", "qu ils reviennent", "ils vont revenir", "ils reviendront",
    "promis de revenir",
    "kele be na",  # bm: fighting is coming
]  # fmt: skip
RUMOUR = [
    "on dit", "il parait", "rumeur", "on a entendu", "selon des rumeurs", "je ne suis pas sur",
    "pas confirme", "they say", "rumour", "rumor", "unconfirmed", "a ce qu on dit",
]  # fmt: skip
# State forces and their auxiliaries: a militia of one community (Koglweogo, Dozos)
# beating people of another is an intercommunal incident, not a complaint about forces.
STATE_FORCES = [
    "militaire", "militaires", "soldat", "soldats", "armee", "fama", "gendarm", "polic",
    "douan", "garde", "gardes", "vdp", "forces de securite", "soldiers", "army", "police",
    "sorodasi", "sorodasiw", "fds", "patrouille", "jandaramu", "polisi",
]  # fmt: skip
# Deaths no weapon caused: the heat, hunger or thirst killed ("deux vieux sont morts de
# la chaleur"), a hazard for the local authority, not an attack.
NATURAL_DEATHS = [
    "canicule", "de chaleur", "de la chaleur", "la chaleur a tue", "de chaud",
    "de faim", "de soif", "heat wave", "heatwave", "heatstroke", "of hunger", "of thirst",
]  # fmt: skip
# Diseases: an epidemic in a camp of displaced people is a health hazard first.
# An epidemic outrunning the care: urgent though no one has died yet.
SPREADING = [
    "spreading", "se propage", "se repand", "hospital is full", "hopital est plein",
    "hopital est sature", "hopital deborde", "overwhelmed",
]  # fmt: skip
DISEASES = [
    "cholera", "kolera", "rougeole", "meningite", "epidemi", "paludisme", "measles", "outbreak",
    "epizoot", "maladie des animaux", "peste", "fievre aphteuse", "cas de charbon", "diarrhee",
    "peripneumonie", "pasteurellose",
    "fievre jaune", "dengue", "ebola", "hepatite",
    "vomiss",
    "diarrhoea", "diarrhea", "bana don", "nyawu", "nawu",  # bm bana, ff ñawu: disease
    "malnutrition", "malaria",
]  # fmt: skip
# Figures of speech built on incident words: removed, whole, before classification.
# Only whole idioms: "une bombe" alone, or a match or a concert as context, can
# be a real explosive or a real attack on a crowd.
IDIOMS = [
    "mort de rire", "morte de rire", "morts de rire", "mortes de rire", "mdr", "ptdr",
    "corps enseignant", "corps medical", "corps de garde", "corps de metier",
    "tirs de sommation", "tir de sommation",  # warning shots by soldiers
    "brule des pneus", "brulent des pneus", "bruler des pneus", "pneus brules",  # a protest
    "batterie est morte", "batterie morte", "telephone est mort",  # a phone gone flat
    "attaque leurs examens", "attaque les examens", "attaquer les examens",
    "attaque les travaux", "attaque le chantier", "attaque le repas", "attaque le plat",
    "attaque le nettoyage", "attaque le travail", "attaque le boulot", "attaque la saison",
    "explosion de joie", "jouent aux jihadistes", "jouent aux militaires", "jouent aux soldats",
    "explose de joie", "attaque le probleme", "attaque les problemes", "pris beaucoup de poissons",
    "pris des poissons", "enleve la barriere", "enleve les barrieres", "enleve le barrage",
    "brule de monde", "explose de rire", "explose de rires", "chasse les moustiques",
    "chasse des moustiques", "fui l ecole pour", "mort du palu", "morte du palu",
    "mort du paludisme", "decede du palu", "fui la chaleur", "attaque la construction",
    "fui la reunion", "fuient la reunion",  # a meeting too long
    "est deborde", "est debordee", "sont debordes", "sont debordees",  # a clinic overwhelmed
    "enleve son bonnet", "enleve son chapeau", "enleve son turban", "enleve ses chaussures",
    "attaque l examen", "attaquent les examens",  # pupils sitting exams
    "est une bombe", "une vraie bombe", "cest la bombe", "tire au sort", "tirer au sort",
    "tirage au sort",
    "me tue", "ca me tue", "on meurt de chaud", "meurt de chaud",  # "le prix me tue"
    "moustiques nous tuent", "la faim nous tue", "la chaleur nous tue", "la soif nous tue",
    "et a la guerre",  # "jouent à cache-cache et à la guerre"
    "enlever les ordures", "enleve les ordures", "enlever les dechets",  # refuse removed
    # a person's death from illness: sad news, not an incident (an animal "morte de
    # maladie" is an epizootic, and stays)
    "decede de maladie", "decedee de maladie", "suite a une maladie", "suite a une longue maladie",
    "nous a quitte", "nous a quittes", "nous a quittee", "nous ont quittes",  # a death
    # the attackers fled: their flight is no displacement
    "assaillants ont fui", "assaillants ont pris la fuite", "bandits ont fui",
    "bandits ont pris la fuite", "jihadistes ont fui", "terroristes ont fui",
    "voleurs ont fui", "voleurs ont pris la fuite", "ravisseurs ont fui",
    "explose l adversaire", "explose les adversaires", "explose nos adversaires",
    "explose leurs adversaires", "explose l equipe", "explose leur equipe",
    "frappe a la porte", "frappe a toutes les portes", "frappent aux portes",
    "frappe aux portes", "frapper a la porte",  # knocking, not beating
    # an elder's death dates a quarrel over his land ("depuis la mort du vieux")
    "depuis la mort du vieux", "depuis le deces du vieux", "depuis la mort de leur pere",
    "depuis le deces de leur pere", "depuis la mort du papa",
    "fui ses responsabilites", "fuir ses responsabilites", "fuit ses responsabilites",
    "mort naturelle", "saison morte", "nature morte", "langue morte", "temps mort",
    "ville morte", "villes mortes",  # a general strike: shops shut, nobody dead
    "mort de fatigue", "morte de fatigue", "morts de fatigue", "mortes de fatigue",
    "dying of laughter", "died laughing", "dead tired", "dying to",
    "ca peut exploser", "ca va exploser", "situation peut exploser",  # tension, not a device
    "mine d or", "mines d or", "gold mine", "gold mines",  # gold mining sites
    "travailler dans les mines", "travaillent dans les mines", "travaille dans les mines",
    "work in the mines", "working in the mines",  # miners' work, not a device
    "jouent a la guerre", "jouer a la guerre", "fusils en bois", "fusil en bois",  # play
    "fusil jouet", "pistolet jouet", "pistolet en plastique",
    # bitten by an animal: a health matter, not an assault
    "attaque par un chien", "attaquee par un chien", "attaque par des chiens",
    "attaquee par des chiens", "attaques par des chiens", "mordu par un chien",
    "mordue par un chien", "mordu par un serpent", "mordue par un serpent",
    "attaque par un serpent", "bitten by a dog", "attacked by a dog", "attacked by dogs",
    "etait une bombe", "cest une bombe", "etre une bombe", "sera une bombe", "was a bomb",
    "was the bomb", "a bomb of a",
    "shot a photo", "shot a video", "photo shoot", "fire sale",
    "fusillade de questions", "feu de questions", "pluie de questions",  # a stormy meeting
    "exploser des petards", "explose des petards", "explosent des petards",  # a feast
    "bombarde de questions", "bombardes de questions", "mitraille de questions",
    # sport and festivities
    "tirs au but", "tir au but", "tirs au buts", "tir au buts", "tire au but", "coup franc",
    "coups francs", "tue le match", "tuer le match", "feu d artifice", "feux d artifice",
    "tirs de feux d artifice", "tire les feux d artifice", "tire des feux d artifice",
    "tirer les feux d artifice", "tirer des feux d artifice", "feu de camp", "feux de camp",
    "feu rouge", "feu vert",
    "penalty shootout", "fireworks", "killed it", "kill the game", "tuer le temps",
    "bombarde de questions", "bombardee de questions", "bombardes de questions",
    "bombardees de questions", "bombarde de messages", "bombarder de questions",
]  # fmt: skip
# Stems that name the setting of an incident, not an event: a school, a market,
# a field, a herd, a motorbike, rain. Alone they are everyday life ("la fête de
# l'école", "trois moutons pour la Tabaski"); with an event word (fermée,
# volés, attaqué, inondé…) they say which incident it is.
TOPICS = {
    # services
    "ecole", "ecoles", "enseignant", "maitre", "medecin", "infirmier", "sante", "marche",
    "pont", "reseau", "telephone", "electricite", "school", "clinic", "health", "teacher",
    "network", "lakoli", "lakkol", "lekkol", "karamogo", "dogotoro", "sugu", "mairie", "ambulance",
    "vaccin", "medicament", "medicine", "centre de sante", "cscom", "csref", "dispensaire",
    "forage", "duudal", "dudal",
    # land and water
    "champ", "recolte", "culture", "terre", "paturage", "pature", "puits", "point d eau",
    "foro", "water point", "pasture", "field", "crops", "farmers", "eleveur", "agriculteur",
    "cultivateur", "herders", "mil", "riz", "jardin", "riziculteur", "burgu",
    # animals
    "livestock", "animals", "herds", "herd", "betail", "boeuf", "bovin", "vache", "troupeau",
    "mouton", "chevre", "chameau", "animaux", "cattle", "cows", "goats", "misi", "misiw",
    "saga", "bagan", "nai", "hawey", "haw", "tetes", "enclos", "cheptel",
    # travel and trade
    "moto", "motos", "mooto", "motorbike", "camp", "transport", "frontiere", "border",
    "pirogue", "essence", "carburant", "fuel", "convoi", "caisses", "pick up", "pickup",
    # people and weather
    "familles", "arrivee", "arrives", "menages", "retour", "a pied", "pluie", "vent",
}  # fmt: skip
# Stems that match only as a whole word or with a French ending: "mine" (a
# landmine, "mines", "route minée") is not the start of "mineur", nor of Bambara
# "minɛna" (was caught).
# Bambara kɛlɛ (fighting) is not the start of kelen (one); a "rançon" (ransom) is not
# "rançonner" (to racketeer travellers)
WHOLE_WORDS = {
    "mine",
    "kele",
    "hani",
    "gat",  # not "gateau", nor Gathi-Loumo
    "rancon",
    "sold",
    "garde",
    "tues",
    "mitraille",
}  # not "soldats", "gardent", "tuesday", "mitrailleuse"
INFLECTIONS = {"", "s", "e", "es", "ee", "ees"}
# Everyday words that merely begin like a stem of the lexicon ("video" is not
# "vide", "attaquant" a football position, "tired" not "tire"): they match no
# stem. Whole words, written from general knowledge of French and English.
FALSE_FRIENDS = {
    "video", "videos", "videoclip", "tired", "tiredness", "tirage", "tirages", "tiroir",
    "tiroirs", "tiret", "tirelire", "attaquant", "attaquants", "attaquante", "culturel",
    "culturelle", "culturels", "culturelles", "campagne", "campagnes", "camping", "campus",
    "tiramisu", "vendredi", "vendredis",
}  # fmt: skip
# Killing an animal for a feast ("on a tué un mouton pour le baptême") is no attack:
# the verb is dropped when an animal is what it was done to.
SLAUGHTER = {
    "tirent", "tire", "tirer", "tirait", "tiraient",  # "tirent sur des pintades": hunting
    "tue", "tuer", "tues", "tuee", "tuees", "egorge", "egorger", "egorges", "abattu",
    "abattre", "abattus", "sacrifie", "sacrifier", "immole", "immoler", "killed", "slaughtered",
}  # fmt: skip
# Prices that "explode" went up: "les prix des moutons ont explosé avant la Tabaski".
PRICES = {"prix", "cout", "couts", "tarif", "tarifs", "loyer", "loyers", "price", "prices"}
# Trees felled ("on a abattu le vieux caïlcédrat"): no killing, nobody dead.
TREES = frozenset({
    "arbre", "arbres", "baobab", "baobabs", "karite", "neem", "caicedrat", "cailcedrat",
    "caicedrats", "cailcedrats", "tamarinier", "manguier", "manguiers", "balanzan",
    "acacia", "eucalyptus", "tree", "trees",
})  # fmt: skip
SLAUGHTERED = {
    "mouton", "moutons", "belier", "beliers", "chevre", "chevres", "cabri", "cabris",
    "poulet", "poulets", "boeuf", "boeufs", "taureau", "taureaux", "vache", "vaches",
    "chameau", "chameaux", "pintade", "pintades", "sheep", "goat", "goats", "ram", "cow",
    "saga", "bakoro", "misi",
    # game: a hunter's kill
    "biche", "biches", "gazelle", "gazelles", "lievre", "lievres", "phacochere", "singe",
    "crocodile", "crocodiles", "hippopotame",
    "singes", "serpent", "serpents", "oiseau", "oiseaux", "chacal", "hyene", "lion",
    "phacocheres", "hyenes", "chacals", "lions", "sanglier", "sangliers",
}  # fmt: skip
# A road accident: injuries with no one to blame but the road.
ACCIDENTS = [
    "accident de", "accidente", "accidentes", "road accident", "collision", "renverse par un",
    "renversee par un", "s est renverse", "se sont renverses", "derape",
    "au foot", "au football", "pendant le match", "en jouant au",  # hurt at play
    "noyade",  # drowned bathing: an accident (drowned in a flood: the flood's dead)
]  # fmt: skip
# Bathing or swimming: who drowned doing it had an accident, not a flood's death.
BATHING = ["en se baignant", "se baignaient", "se baignait", "baignade", "en nageant", "swimming"]
# A gas bottle that blew up: an accident, no device.
GAS_EXPLOSION = [
    "bouteille de gaz", "explosion de gaz", "gas cylinder", "fuite de gaz", "camion citerne",
    "explose en charge", "batterie a explose",  # a phone's battery
    "citerne",
]  # fmt: skip
# Stolen goods given back: the theft is solved.
RETURNED = [
    "ont ete retrouves", "ont ete retrouvees", "ont ete recuperes", "ont ete recuperees",
    "rendues aux proprietaires", "rendus aux proprietaires", "rendu a son proprietaire",
    "rendue a son proprietaire", "restitue", "returned to their owners", "returned to the owner",
    "ont rendu les", "a rendu les", "ont rendu le", "ont ramene les",  # after a mediation
    "moto est rendue", "motos sont rendues", "est rendue a", "a ete rendue", "ont ete rendues",
]  # fmt: skip
# The displaced gone back home: the flight is over.
BACK_HOME = [
    "sont rentres chez eux", "sont rentrees chez elles", "sont retournes chez eux",
    "sont retournees chez elles", "sont rentres au village", "sont retournes au village",
    "returned home", "have gone back home", "went back home",
]  # fmt: skip
# What neighbours quarrel over: a conflict between two villages about these, with no
# violence, is a dispute over land or water, not a clash of communities.
RESOURCES = [
    "mare", "mares", "puits", "champ", "champs", "paturage", "terre", "terres", "foncier",
    "bourgou", "forage", "point d eau", "limite", "limites", "bas fond", "bas fonds",
    "riziere", "rizieres", "jardin", "water point", "well", "field", "fields", "pasture",
]  # fmt: skip
# Wild animals that raid fields: crops they destroy are no quarrel between people.
WILD_ANIMALS = [
    "phacochere", "sanglier", "singe", "elephant", "hippopotame", "criquet", "chenille",
    "rats", "oiseaux granivores", "quelea", "locust", "warthog", "elephants",
    "lion", "hyene", "crocodile", "serpent", "hippo",
    "chien", "chacal", "dog", "dogs", "jackal",  # "3 moutons tués par des chiens errants"
]  # fmt: skip
# What hunters kill: game, no one's herd.
GAME = [
    "phacochere", "sanglier", "antilope", "gibier", "lievre", "biche", "gazelle", "perdrix",
    "pintade sauvage", "warthog", "antelope", "wild boar", "hare",
]  # fmt: skip
# Not an incident whatever the words: drills, and celebrations with shots in the air.
EXERCISE = [
    "exercice", "simulation", "fictive", "fictif", "ne pas alerter", "this is a test",
    "s entrainent", "s entraine", "entrainement", "s exercent",  # soldiers training
    "demonstration de tir", "fete de l armee",  # a parade's shooting display
    "fausse alerte", "false alarm", "fausse information", "fausse info", "fausse nouvelle",
    "fake news", "infox", "fausses informations", "est fausse", "est faux", "cest faux",
    "pas vrai", "dementi",  # "l'information sur l'enlèvement est fausse"
    "vieille video", "ancienne video", "video d archive", "old video",  # not news
]  # fmt: skip
# Unsure what it was: a drill is then only a guess ("on ne sait pas si c'est un exercice").
UNSURE = ["ne sait pas si", "sait pas si", "savons pas si", "peut etre", "not sure if"]
# Armed men who come on a schedule: a pattern for the digest, not an emergency tonight.
HABITUAL = [
    "installe un camp", "il y a un camp", "ont un camp",  # settled, not on their way
    "installe une base", "ont une base", "une base dans", "set up a base", "have a base",
    "chaque vendredi", "chaque lundi", "chaque mardi", "chaque mercredi", "chaque jeudi",
    "chaque samedi", "chaque dimanche", "chaque semaine", "chaque jour de marche",
    "tous les vendredis", "toutes les semaines", "every friday", "every week",
    "chaque soir", "chaque nuit", "tous les soirs", "toutes les nuits", "every night",
    "tous les jours", "chaque jour",
    "every evening",
    # a state that has lasted: armed men around "depuis une semaine", nothing new tonight
    "depuis une semaine", "depuis des semaines", "depuis deux semaines", "depuis un mois",
    "depuis des mois", "depuis des annees", "rien n a change",
    "for a week", "for weeks", "for two weeks", "for a month", "for months", "for years",
]  # fmt: skip
# What a fight was over: land or water at stake makes it the land's quarrel, unless
# communities are named ("affrontement entre deux familles pour une parcelle").
LAND_AT_STAKE = [
    "pour une parcelle", "pour un champ", "pour des champs", "pour des terres",
    "pour une terre", "pour un terrain", "pour le puits", "pour un puits", "pour la mare",
    "pour le paturage", "over a field", "over land", "over a well",
    "pour le bourgou", "pour les bourgoutieres", "over water", "over pasture", "over grazing",
]  # fmt: skip
# Raiders said to come back within hours: whatever they took or did, lives are at risk
# tonight ("les bandits reviennent ce soir pour prendre le reste du bétail").
RETURN_TONIGHT = [
    "reviennent ce soir", "reviennent cette nuit", "revenir ce soir", "revenir cette nuit",
    "reviendront ce soir", "reviendront cette nuit", "come back tonight", "return tonight",
]  # fmt: skip
# An armed group's rules and the punishment of those who break them: its hold on a
# place (armed_presence), told for the digest unless the men are there now.
# Young men enlisted by an armed group ("venus chercher les jeunes pour les enrôler"): their
# practice, never an abduction (s13f03).
ENLISTING = [
    "recrutent", "recrute des", "recrutement", "sont recrutes",
    "pour les enroler", "enrolent", "ont enrole", "enrolement",
]  # fmt: skip
GROUP_RULES = [
    "ont interdit", "a interdit", "interdisent", "interdit la", "interdit le", "interdit les",
    "donner un jeune", "donner des jeunes", "donner leurs fils",  # enlisting by levy
    "ont convoque", "convoquent",  # village chiefs summoned to their meeting
    "imposent", "ont impose", "a impose", "imposed", "couvre feu", "curfew", "banned",
    "ordered it", "on the orders of", "on their orders", "sur leur ordre", "sur ordre des",
    "porter le voile", "seront fouett", "sera fouett", "seront punis", "sera puni",
    "laisser pousser", "laissent pousser",  # beards ordered
    "ont exige que", "exigent que", "ont oblige", "obligent les",
    "interdit aux", "interdit de", "interdisent aux", "interdisent de",  # "… aux femmes de sortir"
    *ENLISTING,  # recruitment: a practice
    "de les rejoindre", "a les rejoindre", "rejoindre leurs rangs", "to join them",
    "ne plus envoyer", "de ne plus",  # "ont demandé aux gens de ne plus envoyer les enfants"
    "told people not to", "told the villagers not to", "warned people not to",
    "doit fermer", "doivent fermer", "doit etre ferme",  # "le marché doit fermer à 14h"
    "sur ordre des", "sur ordre de", "sur leur ordre",  # "le marché fermé sur ordre des jihadistes"
    "fermee par les", "ferme par les", "fermees par les", "fermes par les", "closed by",
    "ordered women", "ordered the", "wear veils", "wear the veil",  # English: their rule
]  # fmt: skip
# Self-defence groups: not the state's forces — their violence is between communities.
MILITIAS = ["koglweogo", "dozo", "dozos", "autodefense", "auto defense"]
# Sold: people "vendues" or married off by force are trafficked, not only taken.
SOLD = ["vendu", "vendue", "vendus", "vendues", "mariees de force", "mariee de force", "sold"]
SELLING = [*SOLD, "vendent", "vend", "revendent", "selling", "sell"]
# The trade told by its buyers ("des gens viennent acheter des armes au marché").
BUYING = ["acheter", "achetent", "achete", "buying", "buy", "bought"]
# Two sides fighting: with the forces on one and armed men on the other, a fight.
CLASHING = ["affront", "s affrontent", "accrochage", "combats", "clashes", "fighting"]
CELEBRATION = ["fete", "mariage", "bapteme", "tabaski", "wedding", "celebration"]
# Civic life: protests, strikes, a match's supporters — no incident of the taxonomy
# unless someone is killed or hurt, weapons are out or the forces harm people.
PROTEST = [
    "manifest", "pour protester", "protester contre", "sit in", "supporters",
    "apres le match", "marche de protestation", "protest",
    # sport told in war words ("le match va être une guerre", "quelle attaque!")
    "le match", "match de", "l equipe de", "equipe de foot", "tournoi", "la finale",
    "quelle attaque", "marche contre",
]  # fmt: skip
# Words of harm to people, counted or not: a protest with them stays an incident.
HARM = ["bless", "wound", "injur", "mort", "deces", "killed", "dead", "tue", "victime"]
# A road or a bridge cut by water: the corpus's service cut off (d165), unless the water did
# harm beside it (houses, fields, people, an epidemic, a fire).
ROADS = [
    "route", "routes", "pont", "piste", "radier", "bac", "axe", "road", "roads", "bridge",
]  # fmt: skip
HARMED_BESIDE = [
    "maison", "case", "cases", "concession", "grenier", "house", "houses", "huts", "homes",
    "champ", "champs", "culture", "field", "fields", "crops", "feu", "incendie", "fire",
    "inonde", "inondee",  # "le CSCOM est inondé": a building under water
]  # fmt: skip
# A closure planned and announced: works, a feast, an official's passage.
PLANNED_CLOSURE = [
    "pour travaux", "pour des travaux", "for repairs", "for maintenance", "pour le cortege",
    "passage du cortege", "for the holiday", "jour ferie",
]  # fmt: skip
IN_THE_AIR = [
    "en l air", "in the air",
    "fusils traditionnels", "fusil traditionnel", "tirs de joie", "coups de feu de joie",
]  # fmt: skip
# Things bandits take: a stolen motorbike is banditry, not armed presence.
THEFT_OBJECTS = [
    "moto", "motos", "vehicule", "voiture", "camion", "argent", "boutique", "butiki",
    "telephone", "panneaux", "marchandises", "mooto", "sac", "sacs", "motorbike", "motorcycle",
    "vivres", "nourriture", "cereales", "medicaments", "medicine", "food", "tracteur",
    "charrette", "recette", "recettes", "mobili",  # a station's or a shop's takings
    "caisse",  # the till ("ils ont pris la caisse")
    "charrettes", "pompe", "groupe electrogene", "bijoux", "velo", "ambulance",
    "phones", "money", "car", "vehicle", "truck", "goods", "cash",
    "batteries", "solaire", "solaires", "solar",  # a school's or a clinic's solar kit
]  # fmt: skip
WEAPONS = [
    "arme", "armes", "marifa", "marfa", "fusil", "kalach", "armed", "guns", "gun", "kabbube",
    "machette", "coupe coupe", "couteau", "gourdin", "fleches", "armes blanches", "knives",
    "sorti les arcs", "leurs arcs", "bows and arrows",  # hunters' and farmers' bows
    "mitrailleuse", "roquette", "lances", "fetel", "coups de batons", "coups de baton",
    "pistol", "pistols", "pistolet", "pistolets", "rifles", "weapons",
    "munitions", "ammunition", "cartouches",  # "ils vendent des munitions": arms sold
]  # fmt: skip
# Categories that become urgent when the event is happening now (floods, clashes).
URGENT_WHEN_NOW = {"natural_hazard", "intercommunal"}
SERIOUS = ("attack", "kidnapping", "explosive")
DISTRESS = [
    "au secours", "aidez", "aide nous", "sauvez", "urgent", "urgence", "vite", "help",
    "please come", "venez", "ils vont les tuer", "risque de mort", "risque d etre",
    "risque de se faire", "risquent de mourir", "menacent", "danger",
    "sur les toits", "pris au piege", "coinces", "trapped", "chavire", "naufrage",
    "on rooftops", "on the roofs", "on roofs",
    "se cachent", "on se cache", "saigne", "suis cache", "sommes caches", "vomissent",
    "du sang", "inconscient", "agonis", "mourant", "entre la vie et la mort",
    "courent partout", "court partout", "sauve qui peut", "feu partout",
    "pas d ambulance", "mourir de faim", "meurent de faim", "commencent a mourir",
    "les flammes", "digue a cede", "casse la digue", "digue cassee",
]  # fmt: skip
# Panic as the person writes: never an idle message, whatever the model thinks.
PANIC = [
    "au secours", "aidez nous", "aide nous", "aider nous", "sauvez nous", "courent partout",
    "court partout", "sauve qui peut", "feu partout", "se cachent", "on se cache", "sommes caches",
    "a l aide",
    "feu dans le village", "feu au village", "village en feu", "le village brule", "en feu",
    "tirent partout", "tir partout", "tirs partout",
]  # fmt: skip
SEVERE = {"attack", "kidnapping", "explosive", "armed_presence"}

# Security forces as the actor of violence against civilians: a complaint
# about them (routed to oversight, never to the unit), not an attack to send
# to that very unit.
FORCES = [
    "militaires", "militaire", "soldats", "soldat", "armee", "fama", "gendarmes", "gendarmerie",
    "policiers", "police", "douaniers", "garde nationale", "vdp", "forces de securite",
    "gendarme", "policier", "douanier",  # one of them
    "gendarm",  # "les gendarm de Konna", spelt short
    "forces de defense", "army", "soldiers", "troops", "military", "security forces",
    "defense forces", "gendarmerie", "sorodasi", "sorodasiw", "faso dambe", "patrouille",
    "jandaramu", "jandaramuw", "polisi", "polisiw",  # bm: gendarmes, police
    "konu",  # ff: the army
    "fds", "fdsi", "forces de l ordre", "la garde", "gardes", "commandant de brigade",
    "hommes en tenue", "men in uniform", "en uniforme",
]  # fmt: skip
# Armed men dressed as soldiers, said not to be the forces: no complaint about them.
NOT_OUR_FORCES = [
    "pas nos soldats", "pas nos militaires", "pas des militaires", "pas des soldats",
    "faux militaires", "faux soldats", "not our soldiers", "not soldiers", "fake soldiers",
]  # fmt: skip
# Said right after the forces, these French participles make them the victims ("des
# militaires tués"; in English "soldiers killed …" is the active voice).
FORCES_HARMED = frozenset({
    "tue", "tues", "blesse", "blesses", "enleve", "enleves", "morts", "kidnappes", "tombes",
    "menace", "menaces",
})  # fmt: skip
FORCES_AS_TARGET = [
    "contre", "against", "attaque du", "attaque de", "attaque d", "attack on", "attacked",
    "ambush", "embuscade", "poste", "camp", "base", "convoi", "patrouille", "patrol",
    "post", "outpost", "position", "convoy", "stormed", "raided", "overran",
    "tues parmi", "soldats tues", "militaires tues", "soldiers killed",
    # the forces fighting back: an attack on them or beside them, no complaint
    "ripost", "repliqu", "repouss", "fought back", "returned fire", "responded",
]  # fmt: skip
# Said just before the forces, these make them the side the victims are accused of
# helping: armed men beat people "pour qu'ils disent où sont les militaires", kill
# those "accusés de collaborer avec l'armée" — the violence is the armed men's.
FORCES_AS_ALLIES = [
    "ou sont", "ou se trouvent", "collabor", "informateur", "informateurs", "indicateur",
    "indicateurs", "renseign", "espion", "espions", "complice", "complices",
    "parle aux", "parlent aux", "parler aux", "parle a l", "parle avec", "travaille pour",
    "travaillent pour", "travailler pour", "aide aux", "aider les", "aident les",
    "informer les", "informent les", "informe les", "appele les", "appeler les",
    "collaborat", "informants", "informant", "spies", "spying", "working with",
]  # fmt: skip
# Men rounded up by the forces on a square: what comes next, nobody knows (said a
# sentence after the forces' name, as often as not).
ROUND_UP = [
    "ont rassemble les hommes", "ont rassemble tous les", "ont regroupe les hommes",
    "ils ont rassemble les", "rassembles sur la place", "rounded up",
    "fait sortir tous les hommes", "fait sortir les hommes", "ont fait asseoir",
    "ont fait coucher",  # men made to sit or lie in the sun
]  # fmt: skip
ABUSE_ACTS = [
    "execut", "summar", "tortur", "tabass", "frapp", "battu", "beat", "arret", "arrest",
    "detain", "detenu", "ligot", "attache", "racket", "rancon", "brule", "pille", "looted",
    "fouett", "flagell", "humili", "saisi", "confisqu", "exig", "saccag", "brutalis", "gifl",
    "ramass",  # young men "ramassés" and not seen again
    "emmen", "embarqu",  # people taken away by the forces
    "detrui", "cass",  # nets destroyed, an arm broken
    "interdi",  # motorbikes banned, the sick cut off
    "intimid", "confiscat", "fusill",
    "nanngi", "nangi",  # ff: seized ("ɓe nanngi na'i amen": they seized our cattle)
    "malmen", "molest",
    "burn", "torch",  # "soldiers burned their huts"
    "tue", "tues", "killed", "kill", "abattu", "massacr", "disparu",
    "civil", "civils", "civilian",  # forces shooting at civilians: a complaint about them
    "piyi",  # ff: beat
    "mbari", "warii",  # ff: killed ("konu ngari, ɓe mbari yimɓe sappo": the army killed ten)
    "dispers",  # shots fired to disperse a crowd
    "menac",  # a soldier who threatened the market women with his weapon
    "ivre", "ivres", "drunk",
]  # fmt: skip
