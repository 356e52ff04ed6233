"""Topics about the water itself: heat, cold. Format: see compose.py."""

TEXT = """
## hot_water
? is the water too hot
? [is it|is your water|is the tank|are you] [too warm|hot|boiling|steamy|too hot] [in there|today|]
? [the water|your tank|the tank] [feels|seems|is] [warm|hot|really warm|toasty]
? [how do you feel about|do you like|what do you think of] [heat|hot water|the heat|summer heat]
? is it [too|very|really|] hot in there
? are you too warm
? the water feels [hot|very warm|like a bath]
? it's a heat wave
? [you look|you seem] [hot|overheated|too warm|sweaty] [in there|today|]
? [is the tank|is your water|is it] [like a bath|like soup|like a sauna|like a hot tub][ in there|]
? [are you|is my fish] [overheating|cooking|boiling|roasting][ in there|]
? [the tank|the side of the tank] feels [warm|hot] [to the touch|when i touch it|]
? [is it|is it too] [toasty|steamy|muggy|balmy] [in there|for you|]
? [i think|i'm worried] [the water|your water|the tank] is [too warm|too hot|getting hot]
? [the thermometer|the temperature] [says|shows|reads] [thirty|thirty two|a really high number]
? [too hot|so hot|hot hot hot|boiling][ in there| for you|]
? [the tank|the water|your water] is [sizzling|scalding|like an oven|like a jacuzzi][ today|]
? [you must be|are you] [sweating|melting|baking|frying] in there
? [i'm worried|i think] you're [getting poached|being cooked|cooking alive]
? the sun [has been|is] [heating up|beating down on|warming up] the tank[ all day|]
? [phew|whew|oof], it's [stuffy|sticky|close] in here, is your water warm too
? [the water|your water] [went up|jumped|shot up] to [twenty nine|thirty one|eighty five|eighty six] degrees
? [the glass|the side of the tank] is warm like a [mug of tea|cup of coffee|radiator]
? [the temperature|the temp] [spiked|is climbing|keeps rising|went way up][ today| overnight|]
? [sorry|i'm sorry], the [room|house|flat] is [an oven|a furnace|a greenhouse] today
? [poor thing|poor fish], [you're|you must be] [hot and bothered|wilting in the heat|sweltering]
? [should i|can i] [cool you down|cool the water down|float some ice in the tank]
? [the radiator|the stove|the oven] is [right next to|heating up|too close to] your tank
? [is the water|is your water] [sizzling hot|piping hot|hot like soup|too toasty][ today| right now|]
? [is ur water too hot|is the water 2 hot|water too hot][ fishy|]
? [are you too hot in there|are you too warm, fishy|is it too warm for you in there]
? [it's so hot in the house today, is your water hot too|the house is boiling, is your tank okay]
? [the tank feels like bathwater|your water feels like a warm bath|the water's like a hot bath]
? [can fish sweat|do fish get sweaty|are you sweaty in there]
? [is it too warm, you keep going to the top|are you too hot, you're hanging at the surface]
? [is the heat getting to you|is the heat too much for you|can you take the heat]
? [the sun warmed up your tank|the afternoon sun is on your tank|the sun's been on your tank all day]
? [your water is warmer than usual|the water seems warmer today|the water is warmer than yesterday]
? [is it like a hot spring in there|is your tank a jacuzzi now|are you in a hot bath]
? [are you overheated|are you too toasty|are you feeling the heat]
? [do you need cooling down|do you need some cooler water|should i cool your water]
? [the thermometer says twenty eight|it says thirty degrees in there|the temp is up to thirty]
? [hot in there, huh|bit warm in there, isn't it|warm in there today, huh]
? [you must be boiling in there|you'll cook in there|are you boiling in that water]
? [the room is so hot, are you okay|it's like an oven in here, are you alright]
? [it's a scorcher today, how's your water|hottest day of the year, is your tank hot]
? [i think your tank is overheating|the tank's overheating|your tank is too hot, i think]
? [why is your water so warm|how come your water is warm|why's the tank so hot]
? [i dipped my finger and it's warm|i put my hand in and it's hot|my hand says the water is hot]
? [is it steamy in there|is the water steaming|there's steam on the lid]
= hot. i feel like soup. please no more heater.
= too hot. i am hiding near the bottom where it is cooler.
= warm is nice. hot is not nice. this is hot.
= hot water makes me breathe fast. my gills work hard.
= toasty. a bit too warm for my {body}.
= yes. i moved {spot} to find the cool side.
= hot. i am swimming slowly to save my breath.
--
? i turned up the heater
? [i fixed|i adjusted|i changed] [the heater|your heater|the temperature]
? [it's|it is] [a heatwave|so hot|boiling|very hot] [today|outside|in here]
? is the heater [on|working|too high]
? what does the heater do
? [it's|it is] [sweltering|baking|roasting|scorching] [today|in the house|outside]
? [the heater|your heater|that heater] [light is on|is glowing|is clicking|feels hot]
? [what is|what's] [that glowing thing|the orange light|the glass tube|the long stick] [in the tank|in the corner|by the filter]
? [should i|can i|do you want me to] [turn down|turn up|lower|raise] the [heater|temperature]
? [i turned the heater up|i turned the heater down|i set the heater higher|i set the heater lower]
? does the heater [keep you warm|make the water warm|ever turn off]
? [what's|what is] the [heater|heater thing|warm stick] for
? [i|we] [got|bought] you a [new heater|better heater|heater]
? [we|i] [have|got] no [air con|fan|ac] and it's [so hot|boiling|a scorcher]
? [i turned|i set|i moved] the [thermostat|dial|knob] on the heater
? [the heater|your heater] [is stuck on|won't switch off|is set too high|keeps clicking on]
? [what's|what is] [the red light|the little dial|the knob] on [the heater|your heater]
? [the air conditioning|the aircon|the cooling] [is broken|isn't working|died] and it's [sweltering|so hot]
? [is the heater|is your heater] [on a timer|automatic|set right]
? does the heater have a [thermostat|timer|dial]
? [i|we] [plugged in|installed|set up] [the heater|a new heater][ today| this morning|]
? [is the heater too hot|is the heater set too high|did i set the heater too high]
? [i bumped the heater up|i turned the heat up a bit|i cranked the heater]
? [what's the warm glass rod|what's the glass stick in your tank|what's that warm tube]
? [the heater light keeps blinking|the heater is blinking|the heater light goes on and off]
? [do you like your heater|do you sit by the heater|do you cuddle up to the heater]
? [how does the heater work|how does the heater know when to stop|does the heater have a brain]
? [do you need the heater on|should the heater stay on all the time]
? [there's a heatwave on|heatwave again|another heatwave this week]
? [i set the heater to twenty six|the heater is on twenty five|i put the heater on twenty seven]
? [is the heater making you too warm|does the heater make it too hot]
? [it's thirty five degrees outside|it's roasting out there|it's hot as an oven outside]
= the heater is working very hard today. its light glows orange.
= the heater is my sun. it lives {spot}.
= heater on. the water gets {water}. i like it, but not too much.
--
? do you like warm water
? how [hot|warm] is your water
? what temperature do you like
? [what|which] [temperature|temp|heat] is [best|right|perfect|ideal] for [you|guppies|a guppy]
? [do you|do guppies] [prefer|need|like] [warm|warmer|tropical|heated] water
? how [warm|hot] should [i keep the water|the water be|your tank be]
? [do you|do guppies] need a heater
? [are you|is a guppy] a [tropical|warm water] fish
? [how many degrees do you like|how many degrees is good for you|how many degrees should the tank be]
? [is lukewarm|is tepid|is room temperature] water [okay|fine|good] for you
? [do you like it|do you prefer it] [toasty|nice and warm|cozy and warm]
? [what's|what is] your [comfort zone|comfy temperature|happy temperature]
? [in celsius|in fahrenheit], what [temp|temperature] do you like
? [are guppies|are you] from [somewhere warm|the tropics|a hot country]
? [can fish|do fish|can guppies] [overheat|get heatstroke|cook in hot water]
? [how warm|how hot] is too [warm|hot] for [a guppy|you|fish]
? [do guppies like warm water|do you like it warm|do you like the water warm or cool]
? [what temperature is best for a guppy|what's the best water temperature for you|what temp do guppies need]
? [is twenty six degrees good for you|is seventy eight degrees okay|is twenty five okay for guppies]
? [how warm do you like it|how toasty do you like your water|how hot do you like your bath]
? [is warm water bad for you|is the water too warm for a guppy|can the water get too hot for you]
? [are you a warm water fish|do you need warm water|do tropical fish need heaters]
? [hot or cold water|warm or cold|warm or cool], [which do you like|what do you prefer]
? [what happens if the water gets too hot|what if the water is too warm|what does hot water do to fish]
? [do you like a warm bath|do you like hot baths|would you like a hot tub]
? [what's too hot for you|when is it too hot for you|how hot is too hot]
= i like warm water. i am a fish, not soup.
= warm like a sunny puddle. that is my favorite.
= it is warm like the light is sitting on me.
= just warm. warm enough to wiggle, cool enough to breathe.
+ hot water has less air in it. i know this in my gills.
+ maybe turn the heater down a little.
+ the thermometer says a big number.
+ warm water makes me hungry. everything makes me hungry.

## cold_water
? is the water cold
? [is it|is your water|is the tank|are you] [chilly|freezing|too cold|cold|icy] [in there|today|]
? [the water|your tank|the tank] [feels|seems|is] [cold|chilly|cool|freezing]
? [are you|do you get|do fish get] [cold|chilly|freezing]
? are you [cold|freezing|chilly]
? is it [chilly|cold|freezing] in there
? it's freezing today
? [you look|you seem] [cold|chilly|frozen|slow and cold][ in there| today|]
? [brr|brrr|burr], [is it cold|it's cold|are you cold][ in there| fishy|]
? [is the|is your] [water|tank] [too cool|a bit chilly|getting cold|like ice]
? [are you|is my fish] [shivering|frozen|an ice cube|turning into a fishsicle]
? [the tank|the water] [feels|is] [cold|icy|chilly] [to touch|when i touch it|this morning]
? [i think|i'm worried] [the water|your water|the tank] is [too cold|getting cold|freezing]
? [the thermometer|the temperature] [says|is|dropped to] [eighteen|really low|very low|below twenty]
? [too cold|so cold|chilly chilly|freezing cold][ in there| for you|]
? [are you|is it] [warm enough|cozy enough] [in there|in the water|]
? [is your water|is the tank] [frosty|arctic|glacial|like the fridge|like a freezer][ today| this morning|]
? [do you have|you must have] [goosebumps|chattering teeth|cold fins|frozen fins]
? [is it|it's] like [the north pole|antarctica|an ice bath|a polar plunge] in there
? [there's a|i feel a] [cold draft|draught|chilly breeze] [by the tank|from the window|near your tank]
? [the window|the back door] was open all night, [are you cold|is your water cold|you must be frozen]
? [your water|the tank water] [is|feels] [bone chilling|nippy|frigid|ice cold]
? [do you need|should i get you|want] a [sweater|jumper|hot water bottle|tiny scarf]
? [the temp|the temperature|the water] [dropped|fell|sank] [overnight|to fifteen|to sixty degrees|a lot]
? [cold snap|frosty morning|first frost|snow day][, are you warm enough| in there|]
? [are you|is my fish] [numb|stiff|sluggish] from the cold
? [you're|you are] [huddled by the heater|hugging the heater|curled up in the corner] like it's winter
? [is ur water cold|is the water 2 cold|water too cold][ fishy|]
? [are you cold in there|you cold|are u cold][ little fish|]
? [it's freezing in the house, is your water cold|the house is freezing, are you okay]
? [the tank is cold to touch|the glass feels icy|the tank glass is freezing]
? [are you shivering|do fish shiver|can fish get cold]
? [your water feels cold|the water feels cold to my hand|i dipped my finger and it's cold]
? [are you warm enough, fishy|is the water warm enough for you|warm enough in there]
? [why is your water so cold|how come the water is cold|why's the tank so chilly]
? [the thermometer says twenty|it says nineteen degrees|the temp dropped to twenty]
? [is it chilly for you|chilly in there, huh|a bit nippy in there]
? [you look cold and slow|you seem slow, are you cold|are you slow because it's cold]
? [it's snowing and your water is cold|the cold is getting into your tank|winter is making your tank cold]
? [should i wrap the tank in a towel|do you need a cover for the cold|should i put a jumper on the tank]
? [it's cold in here, are you okay|brr, it's cold, are you freezing]
? [your water is colder than usual|the water's colder today|the water got cold overnight]
? [are you frozen|have you turned into an ice cube|are you a fish popsicle]
? [the window was open and it's cold|there's a draft and your water is cold]
= cold. i am moving very slowly.
= a bit chilly. i stay near the heater.
= brr. i feel slow in my {body}.
= cold water makes me sleepy and hungry at the same time.
= it is cold. i am pretending to be a rock.
= the water is cold. i am {feeling} and slow.
= cold. even the snail pulled into his shell.
--
? the heater [broke|is off|stopped working]
? i unplugged the heater
? the power went out
? [the heater|your heater|the heater light] [is not on|won't turn on|is dead|went out]
? [there's|there is|we had] a [power cut|blackout|power outage]
? [the electricity|the power] [is out|went off|cut out][ again| tonight|]
? [i|we] forgot to [plug in|turn on] the heater
? [oops|oh no|sorry], [i unplugged|i switched off|i knocked out] the heater
? [the heating|the heating in the house] is [broken|off] and it's [freezing|so cold]
? [the fuse|the breaker|a fuse] [blew|tripped|went] and the heater [is off|went off|stopped]
? [the heater|your heater] [is cracked|is flashing|shows an error|stopped heating]
? [i|we] [knocked|pulled] the [plug|heater cord|cable] out by [accident|mistake]
? [the storm|the snow|the wind] [knocked out|cut off] the [power|electricity]
? [the boiler|the radiators|the central heating] [broke|died|packed up|stopped working]
? [the heater isn't working|the heater died|the heater is broken, oh no]
? [the heater's off|i switched off the heater|i turned the heater off][ by mistake|]
? [the power's out|the lights are out everywhere|the electricity went off]
? [i forgot to turn your heater back on|i forgot the heater after the water change]
? [no heat tonight|no heating in the house|the heating is off]
? [the heater light is off|the heater light went out|the heater stopped glowing]
? [your heater needs replacing|the heater is dead, i'll get a new one]
= no heater. please fix it soon. i am a warm water fish.
= chilly. please check the heater. it is my friend.
= the water is getting cold. i will swim {move} to stay warm.
--
? do you like cold water
? [how do you feel about|what do you think of] [cold|cold water|winter water|the cold]
? is the water [too|] cold for you
? can guppies live in cold water
? [do guppies|do you|can you] [need|like|handle|survive] [cold|cool|unheated] water
? [do you|can you] [live|survive] without a heater
? [are you|is a guppy] a [cold water|coldwater|pond] fish
? [could you|can guppies] live in [a cold pond|the garden pond|an outdoor pond]
? what [happens|would happen] if [the water gets cold|the water is too cold]
? [is cold water|is chilly water|would cold water be] [bad|dangerous|okay] for [you|guppies]
? [would you|could you] survive [a frozen lake|an icy river|the snow|a winter outside]
? [are guppies|are you] [hardy|tough] in the cold
? [what's|what is] the [coldest|lowest] [temp|temperature] [you can take|a guppy can handle|you like]
? [can|could] [you|guppies|fish] [freeze|turn to ice|survive being frozen]
? [would you|do you] [want to|like to] live [with goldfish|with koi] in [the cold|a cold pond]
? [do guppies like cold water|are guppies okay in cold water|can guppies take the cold]
? [do you hate the cold|do you hate cold water|is cold water bad]
? [would you like to live in a cold pond|could you live outside in winter|could you swim in a cold lake]
? [what happens if you get too cold|what if the water gets cold|what does cold do to fish]
? [do fish freeze in winter|how do fish survive winter|can fish live under ice]
? [is cold water dangerous for guppies|can cold water make you sick]
? [how cold is too cold for you|what's too cold for a guppy|when is the water too cold]
? [do you like chilly water|do you mind cool water|do you like it cool]
= i do not like cold water. i am a warm water fish.
= cold water is for other fish. goldfish maybe. not me.
= a little cool is fine. cold makes me a slow fish.
+ i am hugging the heater. fish hug with their side.
+ the snail does not mind. snails do not mind anything.
+ cold makes the food taste better. maybe.
+ my colors go pale when i am cold.
"""
