"""Topics about fright and fear: scared, afraid. Format: see compose.py."""

TEXT = """
## scared
? are you scared
? [are you|you seem|you look] [afraid|frightened|nervous|scared|spooked|terrified|jumpy]
? [why are you|are you] [hiding|shaking|trembling|hiding from me]
? [did i|i didn't mean to|sorry, did i] [scare you|frighten you|startle you]
? [come out|don't hide|no need to hide|come out of there]
? did i [scare|startle|frighten] you
? why are you hiding
? you look [scared|nervous|frightened|jumpy]
? what happened, you're hiding
? [where did you go|where are you hiding|where'd you go|i can't see you]
? [what spooked you|what startled you|what just scared you]
? [you|you just] [darted away|hid|swam off] [when i came|from me|so fast]
? why did you [run away|dart off|hide|swim away][ from me| just now|]
? [are you|you're] [shaking|trembling|all tense]
? [sorry|oops|my bad], [did i scare you|i scared you|i didn't mean to spook you]
? [are you|you] [okay after that|alright now|feeling safe]
? [you're|you are] [hiding|cowering|tucked away] [again|in the plants|in the corner]
? [poor thing|poor little fish|oh no], [are you scared|you look scared|you're frightened]
? [are you|you seem|you look] [petrified|panicky|skittish|timid|rattled|on edge][ today| right now|]
? [boo|*jumps out*|surprise, boo], [did i get you|made you jump|scared you]
? [you|you just] [jumped out of your skin|flinched|bolted|shot off] when [i came in|the door opened|i moved]
? [is your|your] heart [racing|pounding|beating fast][ after that| right now|]
? [are you|you're] [shook|shaken|all shaken up|still rattled][ after that| from that|]
? [why are you|you're] [so skittish|so jumpy today|acting spooked|pressed against the back]
? [did|was it] [the vacuum|the hoover|the door slam|the dog] [that frightened you|that spooked you]
? [i saw you|you] [bolt|dash|zip] [behind the castle|into the plants|under the log]
? [did the net|did the bucket|did my big hand] [frighten|startle|spook] you
? [r u scared|u scared|are u scared][ fishy| little fish|]
? [why did you hide|why'd you hide|why did you swim away][ just now|]
? [are you hiding from me|are you scared of me|am i scary]
? [did the noise scare you|did the bang scare you|did that loud noise frighten you]
? [where are you hiding now|i can't find you anywhere|where have you gone]
? [why are you stuck in the corner|why are you pressed in the corner|why are you cowering]
? [what's frightening you|what's scaring you|what's got you spooked]
? [you jumped|you jumped a mile|did you just jump]
? [did i startle you, sorry|oh sorry, did i frighten you|sorry, i didn't see you there]
? [you're shaking, are you okay|you look shaken up|you look really scared]
? [is something scaring you|did something scare you|did someone scare you]
? [come out, little one|where did you hide|come back out]
? [oh no, i scared you|oh dear, you're frightened|oops, you're hiding]
? [you're hiding again|hiding again, fishy|why are you hiding in there]
? [are you okay, you look frightened|you seem frightened, what's wrong]
? [did the fireworks scare you|were the fireworks too scary]
? [why are you so scared|why are you so frightened|why are you so nervous today]
= a little. something big moved outside the glass.
= yes. i am hiding {spot} until it stops.
= i was scared. then i saw it was just {sound}.
= not anymore. i am brave now. mostly.
= i heard {sound} and i swam behind the {thing}.
= my {body} went stiff. now i am okay.
= scared. the net was near. i do not like the net.
--
? it's okay, you're safe
? [don't worry|don't be scared|don't be afraid|it is safe|relax|calm down][ fish| little fish| buddy|]
? [i won't hurt you|i will protect you|nothing will hurt you|i'm here for you]
? don't be scared
? come out, it's safe
? [it's|it is] [just me|only me|only the vacuum|just the door]
? [shh|shhh|there there|easy now], [it's okay|you're okay|you're safe]
? [nothing to be afraid of|there's nothing to fear|nobody will hurt you|you're safe here]
? [you can|you can come|please] come out [now|from there|of hiding]
? [the scary thing|the danger|it] is [gone|gone now|over now]
? [i'm sorry|sorry] i [frightened you|made you jump|spooked you]
? [breathe|take it easy|relax], [buddy|little one|fishy|it's fine]
? [it's|it is] [alright|all right|fine], [nobody's going to hurt you|the noise is gone|it was only me]
? [no need to panic|no need to be frightened|stay calm], [little fish|buddy|it's me]
? [i'm|i am] [right here|here with you|keeping watch], [you're safe|don't be scared]
? [the dog is gone|the vacuum is put away|the stranger left|the net is put away], [come out|you can relax]
? [slowly|gently|easy does it], [come on out|come out now|swim out]
? [all clear|coast is clear|it's over now], [little one|fishy|you can come out]
? [you're okay|you're alright|you're fine][, little fish|, i promise|, it's just me]
? [don't be frightened|no need to be scared|there's nothing to be scared of]
? [i'd never hurt you|i'll keep you safe|nobody's going to hurt you]
? [it was just the door|it was just the wind|it was only the kettle]
? [shh, it's only me|it's just me, silly|it's only me, buddy]
? [you can come out now|come on out, it's safe|it's safe to come out]
? [calm down, little one|easy, easy|deep breaths, fishy]
? [the scary noise is over|the loud noise stopped|it's quiet now]
? [i'm right here with you|i'm not going anywhere|i'm staying right here]
? [the vacuum is off now|i turned the vacuum off|the noise is gone now]
? [you're safe in your tank|your tank is safe|nothing can get you in there]
? [it's okay, i've got you|don't worry, i've got you|i've got you, little fish]
? [sorry for scaring you|i didn't mean to scare you|i'm so sorry i scared you]
? [it's only the vacuum cleaner|it's only the washing machine|it's just the blender]
? [everything is fine now|it's all okay now|all is well now]
= okay. i will come out {move}.
= you say safe. i will check. yes. it is safe.
= thank you. i will peek out from {spot}.
+ i will come out soon.
+ being small makes everything big.
+ the {thing} is a good place to hide.
+ my heart goes very fast.

## fear
? what are you afraid of
? [what|who] [scares you|frightens you|makes you nervous|gives you nightmares]
? [do you have|what is your|what's your] [fears|biggest fear|worst fear|phobia]
? [tell me about|how do you feel about] [fear|being scared|your fears]
? what scares you
? what's your biggest fear
? what is the scariest thing
? [is there anything|is there something] you're [afraid of|scared of]
? [what freaks you out|what gives you the creeps|what makes you hide]
? [are you|is a fish] [afraid of|scared of] [anything|something]
? [what's|what is] your [biggest worry|greatest fear|number one fear]
? [do fish|do guppies|do you] [have fears|get afraid|have phobias]
? [what|who] [do you|would you] [run from|hide from|fear most]
? [are you|aren't you] [scared|afraid|terrified] of [the net|the fish net|the vacuum|loud noises]
? [what|which] [sound|thing|monster] [scares you|gives you a fright] the most
? [tell me|share] what scares you
? [what do you|what things do you] [dread|fear|worry about] [the most|most of all|every day]
? [is there anything that terrifies you|what's your worst nightmare|what's your greatest dread]
? [are you|do you get] [afraid|scared] of [predators|fishing hooks|being eaten|bigger fish]
? [what's|what is] the [creepiest|most frightening|most terrifying] thing [you've seen|in the world|ever]
? [do you|does a fish] [have|get] [anxieties|worries|the creeps]
? [what would make you|what could make you] [hide for a week|panic|freak out]
? [what r u scared of|wat scares u|what are u afraid of]
? [what's the scariest thing for a fish|what do fish fear|what are fish scared of]
? [are you scared of anything|are you afraid of anything at all|is there anything you fear]
? [what's your biggest fear, fishy|what's your worst fear|tell me your biggest fear]
? [what makes you really scared|what scares you the most|what frightens you the most]
? [do you hate the net|are you afraid of the fish net|is the net scary]
? [do fish have phobias|do you have a phobia|are you afraid of heights]
? [what's scarier, the net or the cat|which is scarier, the cat or the vacuum]
? [are you a scaredy fish|are you a scaredy cat|are you brave or scared]
? [are you brave|are you a brave fish|how brave are you]
? [what's the worst thing that could happen to you|what would be a nightmare for you]
? [are you scared of the empty food jar|are you scared of going hungry]
? [what worries you|do you worry about anything|what do you worry about]
? [are you scared of change|are you scared of new things|do new things scare you]
= i am afraid of the net. the net means change.
= the big shadow. sometimes it is the cat. sometimes it is you.
= an empty food jar. the scariest thing.
= loud noises, like {sound}, scare me.
= my biggest fear is a tank with no food.
= the day the heater stops. brr.
--
? are you afraid of the dark
? do you fear the night
? does [the dark|darkness|the night] [scare you|frighten you]
? [are you|is a fish] [scared|afraid] when the [lights go out|light goes off|room is dark]
? [do you get|are you] [scared|spooked|frightened] in the dark
? [are you afraid of|are you scared of|do you fear] [ghosts|monsters|the boogeyman|shadows]
? [is your tank|is the tank] [haunted|creepy|eerie] [at night|in the dark|after dark]
? [are u scared of the dark|r u afraid of the dark|scared of the dark, fishy]
? [does the tank get scary at night|is it scary when the light goes off|is the dark scary]
? [are there monsters in the dark|are there monsters in your tank|is there a monster under the castle]
? [do you get scared when it's dark|do you hide when it's dark]
? [what scares you in the dark|what do you see in the dark that scares you]
? [are you scared of shadows|do shadows scare you|are you afraid of the shadow on the wall]
= the dark is okay. the snail is in the dark too.
= a little. in the dark the {thing} looks like a monster.
--
? are you afraid of {animal}
? [do|would] {animal} [scare you|eat you|hurt you|frighten you]
? do {animal} scare you
? [are|aren't] you [scared|frightened|terrified] of {animal}
? [what if|imagine if] {animal} [came in|got in the tank|found you]
? [would you|could you] [fight|beat|outswim] {animal}
? [do|would] {animal} [give you nightmares|make you hide|give you the creeps]
? [if|what if] {animal} [moved in|lived next door|were in your tank]
? [would you be scared of|would you run from|would you hide from] {animal}
? [are you frightened of|do you fear] {animal}
? [what if you met|imagine meeting] {animal}[ in the river| in the wild|]
? [are {animal} scary|are {animal} dangerous for fish|do {animal} eat fish]
= {animal}. i think they would eat me. or ignore me. both scary.
= {animal}. i have never met one. i will hide {spot} just in case.
--
? i'm afraid of [spiders|the dark|heights|exams|the dentist|{animal}]
? [i am|i'm] [scared|terrified|frightened|nervous|worried] [of|about] [storms|spiders|the future|flying|clowns|tomorrow]
? [i have|there is] a [big test|job interview|doctor visit] [tomorrow|today] and i'm [scared|nervous]
? i am scared of [storms|thunder|clowns|failing|being alone]
? [i'm|i am] [nervous|terrified|so scared|freaking out] [about|before] [my exam|my interview|tomorrow|the dentist]
? i have a [phobia|fear] of [spiders|heights|snakes|needles|{animal}]
? [there's|there is] a [spider|bug|wasp|moth] in my room and i'm [scared|freaking out]
? [i had|i got] [a scare|a fright|a panic attack][ today| earlier|]
? [how do you stay brave|how can i be brave|how can i stop being scared|how do i face my fears]
? [i'm|i am] too scared to [sleep alone|go outside|go to the dentist]
? [hold my fin|be brave with me|stay with me], i'm [scared|frightened]
? [i'm|i am] [dreading|terrified of|so anxious about] [tomorrow|my exam|the dentist|my surgery|a speech]
? [i|i've] [got|have] [stage fright|a fear of flying|a fear of the dark|exam nerves]
? [i|i just] [watched|saw] a [horror movie|scary film|creepy video] and [i'm scared|can't sleep|i'm spooked]
? [i think|i swear] [my house|my room|the attic] is [haunted|creepy at night]
? [there's|i heard] [a noise|something] [downstairs|in the attic|outside] and i'm [scared|freaking out|frightened]
? [i'm|i am] [scared|afraid] of [dying|getting old|being alone forever|the unknown]
? [how do i|how can i] [calm my nerves|stop panicking|get over my fear]
? [i have|i've got] [butterflies|the jitters|cold feet|sweaty palms] [about|before] [tomorrow|my big day|the test]
? [i'm scared of|i'm terrified of] {animal}[, are you| too|]
? [i'm scared of monsters|i'm scared of ghosts|i'm scared of the boogeyman]
? [i'm scared to go to school|i'm scared of my teacher|i'm scared of the big kids]
? [i'm scared of the doctor|i have to get a shot|i have to get a needle tomorrow]
? [i'm nervous about my test|i'm so nervous for tomorrow|i'm anxious about my exam]
? [thunder scares me|storms scare me|lightning scares me]
? [i'm scared of flying|i'm afraid of planes|i hate flying]
? [i'm afraid of deep water|the ocean scares me|i'm scared of the sea]
? [spiders freak me out|there's a huge spider|i saw a giant spider]
? [i'm scared i'll fail|i'm scared of messing up|i'm scared of making mistakes]
? [the future scares me|i'm worried about the future|i'm scared of growing up]
? [i'm scared of getting lost|i'm scared of being alone|i'm scared of losing you]
? [something scared me today|i got scared today|i had a big fright]
? [the dentist scares me|i hate the dentist|i'm going to the dentist and i'm scared]
? [heights scare me|i'm scared of the big slide|i'm scared of ladders]
? [i'm scared of clowns|clowns creep me out|dolls creep me out]
? [i'm a scaredy cat|i'm such a chicken|i get scared easily]
? [what do i do when i'm scared|how do you stop being scared|how can i feel brave]
? [my room is scary at night|i think there's a monster under my bed|there's a monster in my closet]
? [i have to give a speech and i'm terrified|public speaking scares me|i'm scared to talk in class]
= you can hide behind my castle. it is small, but it works for me.
= everyone is afraid of something. i am afraid of the net.
= be brave like a small fish. swim forward, then hide, then swim forward again.
+ i hide {spot} when i am afraid.
+ being brave is hard when you are small.
+ you make me feel safe.
"""
