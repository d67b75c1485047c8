"""The word list for spoken passphrases: 1493 common Norwegian words, lower case a–z only
(no æ, ø, å, so that no keyboard layout or text encoding can change the passphrase)."""

WORDS: tuple[str, ...] = tuple("""
    abbor abonnent adresse agent agurk akkord akrobat akse aksje akvarell alarm album alge
    alkove alle alpakka alpe alpin alter ambassade ambolt amfibie ammonitt amper ananas andrik
    anemone anke ankel anker anlegg anorakk ansikt ansjos antenne apekatt apotek apparat
    appelsin appetitt aprikos april arbeid arena arkitekt arkiv arm armada armatur armbind
    aroma artig asfalt ask aske asparges aster atelier atlas atlet atom august auksjon autograf
    avdeling avis avkom avokado babord bade bading bagasje bak bake baker bakeri bakke bakrom
    balkong ball ballett ballong balsa balsam bambus banan band bandasje banjo bank banne barm
    barn barnehage barometer barriere barsk bart bass basseng bassist basun batteri bauta
    bedding bedrift beger begonia bein beite bekk bekkasin bekken belg belte benk berg bergart
    berte besk beskjed beste bete betong bever bie biff bikini bikkje bikube bil bilag bilde
    bilferie bind binde binders biolog biotop biskop bjelle bjerk blad blanding blank blekk
    blender blid blikk blind blits blokk blokkfly blokkhus blomst blond blund blyant blyg bobil
    bogsere bok boksing bokstav bolig bolle bolt bom bomull bonbon bonde bonus bord bordkort
    bore boreal borg bot botanikk boulevard bra brann brannbil bratsj bred bredde bregne brems
    brennesle brev brigg brikke briller bringe bris brisk bro brodd brokade brokkoli brosje bru
    brud brudd brun brus brygge brygger bryggeri bryst budeie bukett bukk bukse bulldoser bunad
    bunke bunt busk buss butikk butter byfest bygg bygning byrde bytte dag dagbok dal dalbane
    daler dame damp dampskip dans data datter deig dekk dekke dekkstol dekor del delfin delikat
    delta dempe desember detalj diamant dikt dikter dill dirigent dis disk dobbel dokke dom
    domino dompap doning dorull dose dott drage drakt dram dressur drikk drivhus drivved drops
    drosje drue dryss due duell dueslag duft dugg dugnad duk dukke dump dunk dusj dverg dyne
    dyr dyrehage dyrke dyrlege dyster edder egg eik eike eim ekorn eksotisk eksport ekte
    elektron elfe elfenbein elg elgku eliksir elv elveleie emalje emblem emne ende engel enger
    enke enkel entusiast eple epost eremitt erle erteris esel eske eskimo etikett eventyr fabel
    fabrikat fabrikk fager fakir fakkel fakta faktura falk fall falsk familie fane fange farge
    farm fart fasade fasan fasong fast fastland fat fatle favn feber februar fei feie feiebrett
    feire fele felg felle fem fenrik ferd ferie ferje fersk ferskvann fest fett fetter figur
    fiken film fin finger fiol fiolin fire firma fisk fiske fjell fjellrev fjellvann fjes fjord
    flagg flagre flamme flanell flaske flat fleece flekk fleksibel flette flink flis flodhest
    floke flokk flokkdyr flokke flom flott flue fluktrute fly flyte fok fokus folie folk fonn
    fontene forfatter forkle forlag form forsker fort fosse fossil fot fotball foto fotspor
    frakk fred fregne frimerke frisk frisyre frokost frosk frost frue frukt fruktsaft fryd fugl
    full furore furu fylke fyr fyrlykt gaffel gagn galopp gang gapahuk garasje gard garderobe
    gardin garn gartner gass gate gauk gave gavekort gavl geit gelender gemytt genistrek genser
    gevir gips giraff gitar gitter gjedde gjerde gjest glad glans glass glatt glede gleder
    glimt glis glo globus gnist gnu god gode godteri golf golfbane gondol gorilla grafitt gran
    granat granitt gras grav gravlaks grei grein grense gress gresskar grevling grill grind
    gris grop grotte grunn grus grynt gryte gubbe gul gull gulrot gummi gutt gyllen gymsal
    gyngestol hage hagebenk hagl hagtorn hake hale hall halm hals hamburger hammer hamp hamster
    hand handel handske hane hare harmoni harpe hassel hatt hauk hav havabbor havfrue havn
    havre havsule heder hegre hei heie heim heis hekk hekle hel helg helle hemmelig hems hendig
    hengebro hengsle hermelin hermetikk herre hest hestesko hete hilse himling himmel hind
    hinder hjelm hjem hjerte hjort hjortedyr hjul hode hodepute hoff hogge hold holme honning
    hopp hoppbakke hoppe hopptau horisont horn hoste hotell hov hud humle hummer hund hus
    husdyr husk hval hvalross hvete hvile hvit hyasint hybel hyll hylle hylster hyrde hyse
    hytte idrett igle iglo ikon ild ilder indigo inngang inventar isbit isbre iskald iskrem
    isopor istapp jaguar jakke jakkeslag jakt jamboree januar jazz jeger jente jern jogge jojo
    jolle jord jordklode jubel jubileum juice juleribbe juletre juli juni juvel kabel kaffe
    kaffekopp kai kajakk kakao kake kakespade kakkel kald kalender kalk kalkun kalv kam kamel
    kamera kamerat kamin kamp kanal kandis kanel kanin kano kanon kant kantarell kantine kapell
    kapellan kapp kappe karaffel karakter karamell karibu karneval kart karusell karve kaskade
    kasse kastanje kastell kastrull katamaran katedral katt kattepus kaviar kenguru kikkert
    kilde kino kiosk kirke kiste kjeks kjele kjeller kjempe kjerre kjetting kjole klang klapp
    klarinett klasse klatre klatt klem klesklype klinke klippe klo klokke klovn klubb klump
    knapp kne kniv knoll knott knute kobbe kobber kobolt koffert kokebok kokk kokos kolibri
    kollega komet komiker kompass kompost konfekt konge kongle konvolutt kopi kopp kor korall
    korint korn korps kors kort kosedyr kost kostbar kostyme krabbe kraft kram krans krater
    kratt krem kringle kritt krokus krone krukke krumkake krykke kryss kulde kule kum kunst
    kunstner kuppel kurer kurv kurve kusine kvarter kveld kvern kvist kyst labb lager lagune
    lakk lakris laks lam lampe land landsby landskap lang langrenn lanterne lapp lapskaus
    laserlys lasso last latter lav lavendel lavvo lefse legende leik leilighet leire leke
    lekebil lekeplass lekker lekter lemen lerke lerkefugl lerret lett lettmelk lilje lilla lim
    limonade limstift lin lind line linjal linje linse liste listverk liten liv lodd lodde loff
    loft logg lokk lomme lommebok lommelykt lompe lomvi loppe losji lotus lov lue luft lukt lun
    lunsj lunte lupin lure lusekofte lykt lyn lyng lys lysestake madrass magasin magnet
    magnolia mai mais majones makrell male malm mandarin mandel mandolin mane manesje mango
    mann mappe marg marine mark markise mars marsipan marsj maske maskot mast matjord matpakke
    matros matte maur medalje meierist meis mel melk melodi melodika melon meny messe messing
    metall meteor meter mett middag mikrofon mikse mild mimose mineral minigolf mink minne
    mirakel modell moden mold molo molte morell morgen mosaikk mose mosegrodd most motell motor
    muffins mugge mur murstein mus musefelle musikant musikk musling myggstikk myk mynt mynte
    myr nabo nabolag natt nattergal natur navle navn nebb nebbdyr nektar nellik nese nett
    nettverk nikk nisse nisselue nonne nordlys nordpol norsk not notat novelle nummer nype nytt
    oase obo odde okse oksehale oksygen oktober olabukse oliven olje ombord omelett omvei onkel
    opal oransje ordbok orgel orkan orkester orkide orm ost ostebit oter overall padde padle
    pakke pakkis palett palme panda panne pannekake papir papirfly pappeske paprika paradis
    paraply parasoll park pasient pasjon pasta pastell pastill patent pedagog pedal pelikan
    pels pendel penn pensel pepper pergola perle perlesnor perrong petunia pianist piano piknik
    pil pilot pingvin pinne pinnsvin pipe pirat piroger pirol pistasj plakat plan planet planke
    plante plass plate pledd plen plomme plommetre plukk plukke poeng pokal pol polarnatt
    polarrev polka pollen pompong ponni popkorn porselen porsjon portal pose post postkort
    potet poteter prikk primus prinsesse pris prisme profil propell pudder pudding pumpe purre
    pute pyjamas pynt pyntepute pyramide rabarbra radar radio rake rakett rambukk ramme rand
    raspe ravn reflektor regn regnbue regnjakke rein reinkalv reinlav reinsdyr reise reisebag
    reke rekke rekord rekyl relikvie rev revy ribbe ridetur rigg rimfrost ring rips ris robot
    rodde rogn rokke rolig rolle rom rose rosin rosmarin rot rubin rullator rund runde rune
    rusk rute ruter rygg ryggsekk rype safari safir saft sag sage sakte salat salme salong salt
    saltvann sand sandal sandkasse sangbok sardin sateng sauebonde saueflokk saus savanne savn
    segl seil sekk selfanger selje selskap selvbilde seng sennep september sesong seter sett
    sigd signal sild sirkus sirup sitar sitron sjakk sjampo sjiraff sjokolade skalldyr skalle
    skap skatt skaut ski skibakke skihopp skilpadde skilt skinke skinnfell skip skipper skje
    skjell skjerf skjorte skog skole skolebuss skolesekk skomaker skorstein skredder skrin
    skrue skulptur sky skybrudd slalom slede sledespor sleiv slipp slott slynge smak smaragd
    smil smule smultring smykke snadde snarvei snegl snekke snekker snekkerbu snill snor snurre
    sofa sokk sokkel sol solbrille solfanger solsikke solur sommer sopp spade spark speider
    speil speilegg spekk spiker spill spinat spiral spire spiseskje sport sprett sprint spurv
    stabbur stabel stafett stake stall stasjon stearin stein steinbit stemme stetoskop sti
    stjerne stokk stol storm stormkast strand strek strikk stubbe stue sukker sump suvenir
    svaberg svane sverd sverdfisk sykkel sylte symfoni syrin tablett taburett tak takk takrenne
    tall tallerken tamarind tamburin tandem tang tank tankskip tann tante tape tapet tarantell
    tarm taubane tavle teater teglstein tegnefilm tekanne tekopp telefon teleskop telt tempo
    tennis teppe termin termos tiger time timian tinde tindre ting tinn tiur tjern toalett
    tobakk tobogan toffee tog tollvesen tomat tomme topas topp torden torget tornado torsk
    trafikk traktor trampe trapp tre trekant tresko trikk tromme trompet trost trubadur trylle
    trylleri tuba tulipan tundra tunnel tur turkis turkost turne tursti tusenbein tusenfryd
    tusj tut tvilling tyrkis ugle uke ukulele ull ulltepper ulv unge urt utflukt utkant utsikt
    vaffel vaktel vandre vandrer vann vannfall vannkanne varde varme varmeovn vase vassdrag
    vedkubbe vedovn vei veiviser veke veksthus vekt veps vepsebol verden verksted vest veteran
    vifte vik vikar villmark vind vindu vinranke vinter violin vippe visergutt visp vitamin
    vognmann vokal voks volum vott vugge vuggesang vulkan vulkansk waffel yndling yoga yoghurt
    zebra
""".split())
