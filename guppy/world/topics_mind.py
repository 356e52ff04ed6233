"""Topics about the fish's small mind: the meaning of life, time, memory, dreams, the future,
the past, age, sleep. Format: see compose.py."""

TEXT = """
## meaning_of_life
? what is the meaning of life
? [what is|what's] the [point|purpose|meaning|reason] of [life|it all|living|existence]
? [why are we here|why do we exist|what is life about|what matters most in life]
? [do you ever think about|what do you think about|tell me about] [life|the meaning of life|existence]
? [is life|life is] [good|hard|pointless|beautiful|confusing]
? [what makes|what is] a good life
? what's the point of it all
? why are we here
? what is the purpose of life
? is there a meaning to everything
? [why do we even exist|why do we bother|why do we live]
? [what's life all about|what's life really about|what's it all for|what is existence even for]
? [does life|does anything] [have a meaning|matter|make sense][ at all|]
? [big question|deep question|philosophical question], [what's the meaning of life|why are we here]
? [do fish|does a fish|do you] [think about|ponder|wonder about] [life|existence|the big questions]
? [is there more to life than this|what's the point of swimming|is there more to life than swimming]
? what do you [live for|wake up for|get out of bed for]
? [tell me|share] the meaning of life
? [what's|what is] the [secret of|key to|answer to] [life|everything|life itself]
= food. it is always food.
= the meaning of life is {food}. and swimming after {food}.
= to swim, to eat, to swim to the food.
= i think about this {spot}. the answer is food.
= bubbles go up, food comes down. that is life.
= life is water and food and a little light.
= i do not know. but i know it is feeding time soon.
--
? what should i do with my life
? [i don't know|i have no idea] what to do [with my life|next|anymore]
? [give me|do you have|any] [advice|life advice|wisdom|tips]
? [should i|do you think i should] [quit my job|move away|go back to school|change careers]
? [i feel|i am] [lost|stuck|confused about life]
? what matters most
? how should i live
? [how do i|how can i] [find my purpose|find meaning|live a good life]
? [any|got any|do you have] [wise words|advice for me|tips for life|words of wisdom]
? what would you do [if you were me|in my place|in my shoes]
? [i'm at a crossroads|i'm lost in life|i don't know where i'm going]
? [teach me|share] [something wise|your wisdom|a life lesson]
? [what's|what is] the [most important|best] [lesson|thing] you['ve| have] learned
? [should i|do you think i should] [follow my dreams|take the job|move abroad]
= be wet. eat often. say hi to the snail.
= find your {thing}. swim to the food. rest when the light goes off.
= eat when there is food. rest when there is not. that is all i know.
+ everything else is extra.
+ also being kind to snails.
+ i thought hard about it. now i am hungry.
+ the filter agrees with me.

## time
? what time is it
? [do you know|can you tell me|do fish know] [the time|what time it is|the hour]
? [is it|it's] [morning|afternoon|evening|bedtime|lunchtime|late] [already|now|]
? [do you|can fish] [tell time|have clocks|know about clocks|own a watch]
? [how do you feel about|tell me about|what do you think about] time
? is it [morning|evening|night|the weekend]
? what year is it
? [what's|what is] the time[ now| right now| please|]
? [got|have you got|do you have] [the time|a clock|a watch]
? how do [you|fish] [know|tell] [the time|when it's morning|what time it is]
? [is it|it's] [late|early|noon|midday|teatime] [already|now]
? does time [go|pass|move] [fast|slowly|differently] [for fish|in the tank|for you]
? [tick tock|tick tock tick tock|the clock is ticking]
= time. i know two times. food time and not food time.
= it is {daytime}. i think. the light says so.
= it feels like {daytime}. my belly says so.
= almost feeding time. it is always almost feeding time.
--
? what day is it
? [is it|today is|it's] [monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend][ today|]
? [what is the date|what's the date|what month is it|what year is it]
? do you know what day it is
? do you know about time
? [do you|do fish] know [what day it is|the days of the week|what month it is]
? [is it|it's] [a weekday|a school day|a workday|a holiday] [today|tomorrow|]
? [what's|what is] [today's date|the date today|today]
? [thank goodness|thank god|finally], [it's friday|it's the weekend|it's saturday]
? [ugh|urgh], [it's monday|monday again|mondays]
? [does a fish have|do fish have|do fish know] [weekends|days off|mondays]
= it is a water day. every day is a water day.
= i do not have a clock. i have the light. on means day. off means night.
= it is {daytime}. or maybe not. all days are wet.
--
? how long have you been in there
? how long have you [lived|been] [here|in the tank|with us|in this tank]
? [when did|how long ago did] you [arrive|move in|come here]
? how long is a day for you
? [how long|how many years|how many months] have [i had you|we had you|you lived with me]
? [does time|does a day|does a week] [feel|seem] [long|short|fast] [to you|for a fish]
? [when|how long ago] did [i get you|we bring you home|you come to live here]
? how do [fish|you] [measure|count|keep track of] [time|days]
= a long time. {number} feedings at least.
= a day is one light on and one light off. and two meals.
+ the humans have a clock on the wall. i cannot read it.
+ time moves slowly in water.
+ i count time in meals.

## memory
? do you remember me
? [remember me|do you know me|who am i|do you recognize me|have we met][ fish| fishy|]
? [it's me|i'm back|i came back][ again| remember me|]
? [will you|are you going to] [forget|remember] me
? do you know who i am
? [remember|do you remember] [me|my face|who i am] [from yesterday|from before|at all]
? [you|you still] [know|recognise|recognize] me[ right| don't you|]
? [i bet|betcha] you [forgot|don't remember] me[ already|]
? [did you forget|have you forgotten] me[ already| again|]
? [do you|can you] [recognise|recognize|tell] [my face|my voice|me from other people]
= i remember you. you are the big one who brings food.
= your face. yes. the food face. i remember.
= i think so. you look like someone who feeds fish.
--
? do fish have good memory
? [is it true|i heard] [fish|goldfish|guppies] [have a three second memory|forget everything|remember nothing]
? [how good|how long] is your [memory|brain]
? [can you|do you] [remember things|forget things|learn tricks|remember faces]
? [tell me about|how does] your memory[ work|]
? is it true fish forget everything
? what do you remember
? how [long|much] can you remember[ things| stuff|]
? [is your memory|are fish memories] [really|actually] [that bad|that short]
? [what's|what is] [a fish's memory|your memory] [like|really like]
? [do fish|can fish|do guppies] [remember|learn] [their owners|faces|where food is]
? [do you|can you] [remember|recall] [what i said|what we talked about|our last chat]
? [what|how many things] can [a fish|you|a guppy] remember
= i remember food. everything else is a little blurry.
= people say fish forget fast. i forget who said that.
= i remember the {thing}. i see it every day, so that helps.
= i forgot what you asked. but i am happy you asked.
--
? do you remember yesterday
? [what happened|what did we do|do you remember] [last week|this morning|last night|yesterday]
? [what is|what's] your [oldest|best|happiest|favorite] memory
? remember when i gave you {food}
? [remember|do you remember] [last night|this morning|the water change|when we met]
? [what's|what is] the [first|earliest|last] thing you remember
? [do you|can you] remember [what you ate|your breakfast|your dinner][ today| yesterday|]
? [do you remember|remember] the [day|time] [we met|i brought you home|you came here]
= yesterday. was there food. then i remember it.
= i remember {food}. i remember them very well.
= a little. there was light, then dark, then {food}.
+ memory is like a bubble. it floats away.
+ i remember where the food falls. that is enough.
+ i think i remember. maybe.

## dreams
? do you dream
? [do fish|can fish|do you ever|can you] [dream|have dreams|have nightmares]
? [what do you see|what happens] when you [sleep|close your eyes|rest]
? [did you have|have you had] [a dream|a nightmare|good dreams][ last night| today|]
? [tell me about|what do you think about] [dreams|your dreams|dreaming]
? do fish dream
? did you have a good dream
? [any dreams|dream much|dream anything] [last night|lately|]
? [do guppies|can fish|do you] [dream|have dreams] [when you sleep|at night|like us]
? [i wonder if|i bet] [fish|you|guppies] [dream|have dreams]
? [you were|you looked like you were] [dreaming|twitching in your sleep|having a dream]
? [what's|what is] [dreaming|a dream] [like|for a fish]
= i do not know if i dream. i wake up hungry, so maybe i dreamed of food.
= yes. fish dreams are short and wet.
= i had a dream. it had {food} in it. a good dream.
--
? what do you dream about
? [what|which] [dreams|nightmares] do you have
? [what was|what's] your [best|worst|last|favorite] dream
? [do you dream about|do you ever dream of] [food|me|the ocean|flying|the cat]
? what was your dream last night
? tell me about your dreams
? [what did you|what'd you] dream [about|of][ last night| today|]
? [what|what kind of] [dreams|things] do [fish|guppies] dream [about|of]
? [do you dream|have you ever dreamed|have you ever dreamt] [of|about] [me|food|swimming|the sea]
? [describe|share] [a dream|your last dream|your best dream]
? [any|got any] [nightmares|bad dreams|weird dreams][ lately|]
= i dream about {food}. a whole ocean of {food}.
= last night i dreamed i was {activity}. it was very real.
= i dreamed the {thing} turned into food. best dream ever.
= i dream of a tank as big as {place}.
= sometimes i dream i can fly like {animal}.
= i had a dream about {color} bubbles. they tasted like {food}.
= i dreamed about {humanfood}. it was as big as the castle.
= i dreamed about {human}. i did not know what it was, so it turned into a flake.
--
? i had a [weird|bad|strange|nice] dream
? i [had a nightmare|dreamed about you|dreamt i was a fish|keep having bad dreams]
? [last night|in my sleep] i [dreamed|dreamt] [i could fly|about the sea|i was falling]
? i dreamed about {animal}
? [i|i just] [woke up from|had] a [crazy|scary|funny|lovely|wild] dream
? [last night|yesterday] i [dreamed|dreamt|had a dream] [about|of] [you|the ocean|flying|fish]
? [can i|let me] tell you [about my dream|my dream|what i dreamed]
? [i had a dream|i had a nightmare] [where|that] [i was a fish|you could talk|i could breathe underwater]
? [what does it mean|what do you think it means] [if i dream|when you dream] [of|about] [fish|water|falling]
= tell me. was there food in it.
= dreams are strange. i once dreamed the snail was fast.
+ dreams are like water. they slip away.
+ i dreamed you fed me twice.
+ the snail was in it. he was fast.

## future
? what do you want to do in the future
? [what are your|do you have any|tell me about your] [plans|dreams|goals|hopes|wishes]
? [what do you want to be|what will you do] when you [grow up|are older|get bigger]
? [what are you doing|what is your plan for] [tomorrow|next week|later|tonight]
? [do you ever think about|what do you think about|are you worried about] the future
? [if you had|if you could have] [one wish|three wishes|anything], what would it be
? what are your plans
? what will you do tomorrow
? what are your goals
? [what's|what is] [next|the plan|your plan] [for you|for today|fishy|]
? [do you have big plans|what do you want to do|what do you plan to do] [this week|this year|next year]
? [what's|what is] [on your|your] [bucket list|wish list|to do list]
? [got|any] [plans|big plans][ for tomorrow| for the weekend|]
? [make a wish|if you had a wish|one wish, go]
? [any|do you have] [new year's resolutions|resolutions|ambitions]
= tomorrow i will eat. then swim. then eat again.
= my plan is to find more {food}.
= next week i will explore {spot}.
= goals. eat more {food}. race the snail. win.
--
? where do you see yourself in five years
? [what will you be doing|where will you be] [next year|in ten years|someday]
? [will you|do you want to] [live forever|travel|see the ocean|move to a bigger tank]
? what do you want to be when you grow up
? do you think about the future
? what will [life|the tank|you] be like [in the future|someday|in a year]
? [do you|will you] [worry about|think about] [tomorrow|what's next]
? [will fish|will guppies|do you think fish will] [ever|] [live on the moon|fly|walk on land|take over the world]
? [what do you want|what do you wish] to [become|be] [someday|one day|later]
? [what do you want to be|where will you be] [when you're big|one day]
? [do you|would you] [want|like] to [have babies|have a family|have fry] [someday|one day]
= in the future i want a bigger {thing}.
= when i grow up i want to be a bigger fish.
= maybe {job}. do they need fins.
= i do not think far ahead. the future is the next meal.
+ the future looks wet.
+ i will also say hi to you.
+ big plans for a small fish.
+ i will never need {human}. lucky me.

## past
? what did you do yesterday
? [what did you do|how was your day|what happened] [last night|this morning|today|over the weekend]
? [did you have|was it] a [good|busy|boring|fun] [day|week|weekend]
? what was your life like before
? [how was your weekend|how was last week|how'd your weekend go|how was yesterday]
? [what did you do|what happened] while i was [out|away|at work]
? [did anything|did something] [happen|interesting happen|exciting happen] [today|yesterday|while i was out]
? [how was life|what was it like] [before you met me|before this tank|at the shop]
= yesterday i was {activity}. i think. it was a long time ago.
= the past is gone. like the last flake.
= before this tank there was another tank. it was smaller and louder.
--
? where did you come from
? [where were you born|where were you before|how did you get here|where did i buy you]
? [were you|did you come] [from a pet shop|from the ocean|from a river|in a bag]
? [tell me about|what do you remember of] [your past|your childhood|the pet store|your old home]
? [do you have|do you miss|where are] your [mom|dad|parents|family|brothers and sisters]
? where were you born
? how did you get here
? [which shop|what store|where] did [we get you from|i get you from]
? [were you bought|were you adopted|were you a gift|were you rescued]
? [do you remember|remember] [the store|the bag|your first day here]
? [who were your parents|who are your parents|do you have siblings]
? [how many brothers and sisters|how many siblings] do you have
? were you born [in a shop|in the wild|in a tank|in a river]
? [what's|what is] your [story|backstory|origin story|life story]
? [does your family|does your mom|does your dad] [live|still live] [at the shop|in another tank|far away]
= i came from the pet store. it had many tanks and bright lights.
= i remember a bag. a car ride. then this tank.
= i was born in a tank with {number} brothers and sisters.
--
? what were you like as a baby
? [were you|was it fun being] [a baby|little|a fry|tiny] once
? [what was|how was] [your childhood|being a baby fish|being a fry]
? do you remember being little
? [were you|was a guppy] [ever|once] [a baby|an egg|tiny]
? [what's a baby guppy called|what is a fry|what's a baby fish like]
? how [small|tiny] were you [as a baby|when you were born|back then]
? [tell me about being a baby|what was it like growing up|what was it like being little]
= when i was little i was the size of a speck. i hid in the {plant}.
= i was a tiny fry. i ate tiny food and had a tiny tail.
+ baby guppies are called fry. i was fry once.
+ i do not miss the store.
+ it was wet then too.

## age
? how old are you
? [what is|what's] your age
? [are you|you are] [old|young|a baby|a teenager|an old fish|getting old]
? [how many|what] [years old are you|months old are you|birthdays did you celebrate]
? [how do you feel about|do you worry about] [getting old|aging|your age]
? are you old
? are you a baby
? [how many years old are you|how many months old are you|how many birthdays have you had]
? [how old is a guppy when it's grown|how old do you think you are|how old are you in fish years]
? [you're|you are] [still young|a youngster|an old timer|a senior fish]
? [are you|is a guppy] [an adult|grown up|a grown up|middle aged]
? [what's|what is] [your age in human years|your fish age]
? [you look young|you look old|you look so young] for your age
? [your age|age please|how old]
= i am about {few} months old. i think.
= old enough to know where the food is.
= i am not a baby. i am a grown up fish. very grown up.
--
? when is your birthday
? [do you have|do fish have|do you celebrate] [a birthday|birthdays|a party]
? [happy birthday|it's my birthday|today is my birthday|my birthday is tomorrow]
? happy birthday
? do you have a birthday
? [happy bday|happy birthday to you|hbd|happy hatch day][ fish| little fish|]
? [when's|when is|what's] your [bday|birthday|birth date]
? [do you want a birthday party|should we have a party for you|let's get you a cake]
? [how do fish celebrate birthdays|how do you celebrate your birthday|how do you spend your birthday]
? [it's|today is] [my|my kid's|my mom's] [birthday|bday]
= i do not count birthdays. i count meals.
= happy birthday to me. do i get {food}.
= my birthday is whenever there is extra food.
--
? how long do guppies live
? [how long|how many years] [do fish live|can you live|will you live]
? [are you going to|will you|do fish] die
? how long will you live
? [how long do guppies last|what's the lifespan of a guppy|how long do guppies live for]
? [what's the average lifespan of a guppy|what is a normal lifespan for a fish|how long does a guppy usually live]
? [will you live|are you going to live] [a long time|for years|a long life]
? [i don't want you to die|i wish you could live forever]
? [do fish|do guppies|do you] [get old|grow old|age]
= guppies live a few years. i plan to spend them eating.
= a few years. that is many, many meals.
+ age is a human idea. i just keep swimming.
+ the snail is older. he has lines on his shell.
+ every day is a good day to be a fish.

## sleep
? do you sleep
? [can fish|how do fish|how do you] [sleep|rest|snooze]
? [do you|can you] [close your eyes|get any rest|nap|snooze]
? [how do you feel about|tell me about|what do you think about] sleep
? [how much|how long] do you sleep
? how do fish sleep
? do you close your eyes when you sleep
? [do fish|do guppies|does a guppy] [need sleep|need to sleep|ever sleep]
? [why don't you|how come you don't] [close your eyes|blink]
? how [do you|can you] [sleep|rest] [with your eyes open|without eyelids|in water]
? [do you|can you] [sleep|nap] [floating|standing up|in the water|upside down]
? [do you|does a fish] [snore|sleepwalk|sleep swim]
? how often do you [nap|sleep|rest]
? [do fish|can you|do you] [have|get] a [nap|good night's sleep|lie in]
= fish sleep with eyes open. we have no eyelids.
= i cannot close my eyes. so i just stop looking.
= i sleep when the light goes off. i wake when it comes on.
--
? are you sleeping
? [are you|you] [asleep|awake|napping|resting|dozing|snoozing][ fish| little fish|]
? [wake up|rise and shine|did i wake you|sorry to wake you|good nap]
? [you are|you're|you look like you're] [sleeping|asleep|napping|floating still]
? did you sleep well
? go to sleep
? [psst|hey|hello], [are you asleep|you awake|are you sleeping]
? [shh|shhh], [the fish is|he's|guppy is] [sleeping|asleep|napping]
? [sleepyhead|sleepy head|lazybones], [wake up|time to get up|are you up]
? [you've been|you were] [sleeping|napping|snoozing] [all day|for hours|a lot]
? [did you sleep|have you slept] [okay|well|enough][ last night|]
? [time for|go take|take] a [nap|snooze|rest][ little fish| fishy|]
? [are you|you're] [just|] [resting|chilling|lying still] [on the leaf|in the plants|in the corner]
? [i'll|i will] let you [sleep|rest|nap][ now|]
= i was not sleeping. i was just resting my {body}.
= i slept well. i dreamed of {food}.
= okay. i will float {spot} and rest.
--
? where do you sleep
? [do you have|where is] [a bed|your bed|a pillow|your sleeping spot]
? [what time do you|when do you] [go to bed|go to sleep|wake up]
? [where's|where is] your [favourite|favorite|usual] [sleeping|napping|resting] spot
? do you [sleep|nap] [in the plants|on a leaf|at the bottom]
? [do you|does a fish] [need|want|have] [a bed|a pillow|a blanket]
? [what's your bedtime|when's your bedtime|what time is your bedtime]
= i sleep in the {plant}. it is like a bed that moves.
= i float {spot} and rest.
= near the {thing}. it keeps me safe.
+ the filter hum helps me sleep.
+ i do not snore. i think.
+ i wake up hungry every time.
"""
