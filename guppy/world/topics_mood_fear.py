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
= you can hide behind my castle. it is small, but it works for me.
= everyone is afraid of something. i am afraid of the net.
= be brave like a small fish. swim forward, then hide, then swim forward again.
+ i hide {spot} when i am afraid.
+ being brave is hard when you are small.
+ you make me feel safe.
"""
