"""Topics about what keeps the tank going: the filter, algae, snails. Format: see compose.py."""

TEXT = """
## filter
? what does the filter do
? [what is|what's|how does] [the filter|that filter|the pump|the humming thing|that box][ do| work| for|]
? [is the filter|the filter is] [broken|loud|working|noisy|humming]
? [tell me about|how do you feel about] [the filter|the pump]
? what is that humming thing
? how does the filter work
? [what's|what is] [that box|the black box|the machine|the thing] [that hums|with the tube|sucking up water]
? [what's|what is] [the filter|the pump] [for|good for]
? why do you need a filter
? [what's|what is] [the hum|the humming] [in your tank|from the tank]
? [what does|what's] [the sponge|the intake tube|the intake] [do|for]
? [where does the dirty water go|how does the gunk get cleaned|where does the dirt go]
? [is that|what's] [the waterfall|the water coming out|that stream] [from the filter|at the top]
? [what's|what is] [the motor|the impeller|the propeller thing] [in the filter|for|doing]
? [is that|what's that] [canister|black can|plastic box] [under the tank|in the cabinet|behind the tank]
? [what's inside the filter|what's in the filter box|what's the filter cartridge for]
? [how does the filter|does the filter] [trap|catch] [the dirt|the gunk|the bits]
? [is the filter|is that thing] [like a vacuum cleaner|like a kidney|like a dishwasher] for the tank
? [do you|does the tank] need [circulation|water flow|a filter running] [all the time|all day]
? [what's the filter for|what does that filter do|what's that filter thing]
? [is that humming the filter|is the filter humming|is the hum from the filter]
? [how does the filter clean the water|does the filter clean the water|how does the water get clean]
? [what's that black box on your tank|what's that thing hanging on the back|what's that box on the side]
? [what does the pump do|what's the pump for|why is there a pump]
? [is the filter working|is the filter on|is the filter running]
? [why does the tube suck water|what's the tube with the sponge|what's sucking up the water]
? [why is water pouring into your tank|where is that water coming from|what's the little waterfall]
? [do you need a filter|do fish need filters|can you live without a filter]
? [what's inside the filter|is there a sponge in the filter|what's the sponge in the filter for]
? [does the filter eat the dirt|does the filter take the mess away|does the filter catch the gunk]
? [what's that sucking thing|is that a vacuum in your tank|what's that thing that slurps water]
? [why is the water moving|what makes the water move|what makes the current]
= the filter is the big hum. it makes the water go round.
= the filter eats the dirty bits. it never eats food. good filter.
= water goes in, dirt stays, clean water comes out. like my gills, but bigger.
--
? do you like the filter
? is the filter too strong
? the filter is [loud|noisy|broken]
? [is the|does the] [current|flow|water flow] [too strong|push you around|bother you]
? [the filter|the current|the flow] [is pushing you|is blowing you around|is too fast]
? [do you|can you] [ride|surf|swim against] the [current|flow|filter stream]
? [does the filter|does the pump] [bother you|annoy you]
? [the filter|the pump] [is making|makes] a [weird|funny|rattling|gurgling] [noise|sound]
? [is the filter|is the outflow] [too splashy|whooshing|making waves|making a whirlpool]
? [the filter|the pump|the motor] is [whirring|buzzing|slurping|grinding][ again| loudly| today|]
? [do you|can you] [hear|feel] the [filter|motor|pump] [humming|whirring|running]
? [the filter|the outflow] [splashes|gushes] [so much|too much|loudly]
? [i|i just] [turned down|slowed down|baffled] the [flow|filter|outflow][ for you|]
? [do u like the filter|do you like the current|do you like the flow]
? [is the current too strong|is the water moving too fast|is the filter too strong for you]
? [are you swimming against the current|are you fighting the current|are you riding the flow]
? [does the filter push you around|do you get blown around|does the current knock you over]
? [the filter is so loud|the filter is noisy today|the filter is making a racket]
? [does the filter noise annoy you|does the filter hum bother you|is the filter too noisy]
? [do you like playing in the current|do you like the water flow|do you surf the current]
? [the filter is rattling|the filter is gurgling|the filter is clicking]
= i like the filter. i ride the current like a slide.
= too strong today. i got pushed into the {thing}.
= the filter hums all day and all night. it is my lullaby.
--
? should i clean the filter
? [i cleaned|i'm cleaning|i will clean|i replaced] the [filter|pump|sponge]
? [does the filter need|time for a] [cleaning|clean|new sponge]
? i cleaned the filter
? [the filter|the sponge|the filter sponge] [is|looks] [dirty|clogged|gross|brown|full of gunk]
? [i rinsed|i washed|i'm going to rinse|i need to wash] the [sponge|filter sponge|filter media]
? [when|how often] should i [clean|rinse|change] the filter
? [time to|let's] [clean the filter|rinse the sponge|fix the filter]
? [i|i've] [put in|got] a [new filter|new sponge|bigger filter|new pump]
? [i|i just] [swapped|changed|replaced] the [cartridge|carbon|filter floss|filter pad]
? [the filter|the pump] [stopped|died|quit|won't start][ again| overnight|]
? [i|i've] [unclogged|cleared|unblocked] the [intake|filter|pipe][ for you| today|]
? [should i|do i need to] [replace|swap] the [carbon|cartridge|bio media] [soon|now|every month]
? [does the filter need cleaning|is the filter dirty|is the filter clogged]
? [i'm going to clean your filter|time to clean the filter|filter cleaning day]
? [i washed the filter sponge|i rinsed the sponge|i squeezed out the sponge]
? [the filter stopped|the filter isn't working|the filter broke][, sorry| again|]
? [i replaced the old filter|i swapped in a new filter|the new filter is in]
? [the filter is full of gunk|the sponge is brown|the sponge is filthy]
? [the filter needs a clean|the filter looks dirty|the filter is gunked up]
? [i turned the filter off|the filter's off for cleaning|i unplugged the filter]
= please clean it, but gently. it is a friend.
= a clean filter. the current feels {water} again.
+ i stay away from the intake. it pulls.
+ the outflow is my favorite ride.
+ when it stops, the tank is too quiet.
+ the filter sponge is full of tiny good things.

## algae
? there is algae on the glass
? [the tank|the glass|your tank|the water] [is|looks|is getting] [green|slimy|cloudy green|fuzzy]
? [what is|what's] [that green stuff|the green slime|that fuzz|algae]
? [should i|i will|i'm going to] [scrub|clean|wipe] the [algae|green stuff|glass]
? the tank is getting green
? should i scrape the algae
? why is the glass green
? [what's|what is] [that green fuzz|the green film|the slime|the brown stuff|the green spots] on [the glass|the rocks|the castle]
? [there's|there is] [green stuff|green fuzz|slime|green gunk|brown gunk] [all over|on] [the glass|the rocks|the ornaments|everything]
? [the glass|your glass|the walls] [is|are|looks] [all green|so green|fuzzy|grimy|slimy]
? [i|i just] [scraped|scrubbed|wiped off|cleaned off] [the algae|the green stuff|the glass]
? [i can't|i can hardly] see you [through the green|through all the algae]
? [why is your tank|why is the tank|how come everything is] [turning|getting] green
? [what's|what is] [growing|that growing] on [the glass|your castle|the rocks]
? [too much|so much|lots of] [algae|green stuff|slime] [in there|in your tank|on the glass]
? [should i|can i] [get|buy] [an algae eater|a pleco|an algae scraper|a magnet cleaner]
? [the water|your water] [is|looks] like [pea soup|green soup|green tea]
? [there's|there is] [hair algae|string algae|black beard algae|brown algae|spot algae] [on|all over] [the plants|the rocks|the glass]
? [is that|there's] [mould|mold|mildew|something furry] [on|growing on] [the glass|the rocks|your castle]
? [the|your] [rocks|ornaments|decorations] are [furry|slippery|crusty|covered in green]
? [i'll|let me] [scrub|scrape|clean] the glass [with a sponge|with a razor|with an old toothbrush]
? [an algae bloom|green water|a bloom] [took over|is taking over|hit] [your tank|the tank][ overnight| this week|]
? [the sun|the window|sunlight] is making [green stuff|algae|the green gunk] grow
? [i'm going to|should i] [black out|cover] the tank [for a few days|to kill the algae]
? [your tank|the tank] is [green as grass|a green mess|turning into a pond]
? [the|your] [lid|filter|heater] [is|has gone] [green|slimy|furry][ with algae| too|]
? [why does|how come] algae [grow|come back|keep growing] so [fast|quickly|much]
? [theres algae on the glass|there's green stuff on the glass|the glass is all green]
? [your tank is getting green|the tank's going green|everything's turning green]
? [what's the green fuzz|what's this green slime|what's the green film on the glass]
? [i need to clean the algae|i'll scrub off the algae|time to scrape the glass]
? [the rocks are green|the castle is going green|the decorations are slimy]
? [why is there so much algae|why does algae keep growing|where does algae come from]
? [is algae bad|is algae bad for you|is the green stuff bad]
? [there's brown stuff on the glass|there's brown gunk everywhere|there's brown dust on the leaves]
? [i scraped the glass|i cleaned the green off|i wiped the algae off]
? [does the sun make algae|does light cause algae|too much light makes algae, right]
? [the algae is back|the green is back|the algae came back again]
? [there's slime on everything|everything is slimy|the tank is so slimy]
? [ew, green gunk|yuck, slime on the glass|gross, the glass is fuzzy]
? [how do i get rid of algae|how do i stop algae|what kills algae]
? [i got an algae magnet|i'm using the magnet scraper|the algae scraper is here]
? [should i turn the light off to stop the algae|is the lamp making algae]
? [the glass needs scraping|the green needs to go|the algae has to go]
? [why is the glass fuzzy|why is everything green|why is the castle green]
? [the green stuff is back|green gunk everywhere|algae everywhere]
= green glass is cozy. but i cannot see you.
= please leave some. it is a snack.
= algae grows when the light stays on long.
= the snail eats it. i help a little.
--
? do you eat algae
? what is algae
? what does algae taste like
? [is|are] [algae|the green stuff] [food|tasty|good for you|safe to eat]
? [do you|do guppies|can you] [eat|nibble|graze on|snack on] [the green stuff|the green fuzz|algae|the slime]
? [i saw you|were you] [picking at|nibbling|pecking at] [the rocks|the glass|the green stuff]
? [what is algae anyway|so what is algae|what exactly is algae]
? [do you|does anyone] [graze|nibble|munch] on [the green film|the fuzz|the moss]
? [is the brown dust|is the green film|are diatoms] [edible|tasty|a snack] for you
? [what|who] [eats|cleans up] [the green stuff|the algae|the fuzz] in [your tank|there]
? [do you|does the snail] [like|enjoy|love] [algae|the green fuzz|slime][ for breakfast| as a snack|]
? [do u eat algae|do you like algae|is algae yummy]
? [is algae a plant|is algae alive|what is that green stuff made of]
? [do you nibble the algae|are you eating the green stuff|are you grazing on the glass]
? [does algae taste good|what does the green stuff taste like|is algae tasty]
? [should i leave some algae for you|can i leave the algae|do you want me to keep some algae]
? [do guppies eat algae|can fish eat algae|is algae good fish food]
? [is algae like a salad for you|is the green fuzz your snack]
? [are you cleaning the algae|are you helping with the algae]
= i nibble algae. it tastes {taste}.
= algae is the green fuzz. it is food that grows by itself. amazing.
= algae is a tiny plant carpet. it tastes {taste} and a bit like the rocks.
+ too much light makes more algae.
+ the {plant} does not like algae.
+ algae makes the water smell like a pond.
+ i call the green spots carpets.

## snails
? do you like the snail
? [what do you think of|how do you feel about|tell me about|is that] [the|your] [snail|slimy friend|shell buddy|little snail]
? [the snail|your snail|that snail] [is|looks] [slow|moving|sleeping|on the glass|climbing]
? [do you|can you] [talk to|play with|race] the snail
? is the snail your friend
? what do you think about snails
? [what's|what is] [that|the] [slow thing|slimy thing|thing with a shell|little shell thing] [on the glass|in your tank|crawling around]
? [who's|who is] [your|the] [slow friend|shell friend|roommate|tank mate]
? [the snail|your snail] [is so|looks so] [cute|slow|big|funny]
? [how do you get along with|how do you get on with|do you get on with] [the snail|your snail|snails]
? [is that a snail|are those snails|is that your snail][ on the glass|]
? [does the snail have a name|is the snail a boy or a girl|is the snail your pet]
? [why is|how come] the snail [so slow|upside down|not moving]
? [mister slow|the snail] [says hi|is waving|is watching you]
? [i|i just] [found|saw] [a snail|baby snails|tiny snails] in [your tank|the tank|the plants]
? [the|your] [slowpoke|slowcoach|little slug|shelled buddy|gastropod] [is|looks] [adorable|on the move|so chill]
? [is that|what's that] [slime trail|trail of slime|shiny trail] [on the glass|from the snail]
? [does the snail|do snails] have [eyes|tentacles|eye stalks|antennae|a tongue]
? [is the snail|is a snail] [a mollusk|a kind of slug|an insect|a fish]
? [does the snail ever|does your snail] [come out of|leave|hide in] [its shell|his shell]
? [i|i just] [saw|watched] the snail [munch|glide|crawl] [along the glass|across the sand|up the heater]
? [your|the] [cleanup crew|snail squad] [is working hard|is busy|is everywhere]
? [how fast can the snail go|how slow is the snail|how fast do snails move]
? [do u like the snail|do you like your snail|is the snail nice]
? [what's the snail's name|what do you call the snail|does your snail have a name]
? [the snail is soooo slow|why is the snail so slow|the snail is so slow today]
? [is that a snail on the glass|there's a snail on the glass|look, the snail is on the glass]
? [do you and the snail get along|are you and the snail friends|do you like living with the snail]
? [snails are gross|snails are cute|snails are weird]
? [what do snails do|what are snails for|why do you have a snail]
? [the snail has a shell|look at the snail's shell|the snail's shell is pretty]
? [i love the snail|the snail is my favourite|the snail is adorable]
? [is the snail a fish|what is a snail|what kind of animal is the snail]
? [the snail is huge|the snail got big|the snail is growing]
? [does the snail bother you|is the snail annoying|does the snail get in your way]
? [can snails see|do snails have eyes|do snails sleep]
? [your snail is cute|cute snail|what a cute little snail]
? [snail race|snail versus fish|who wins a race, fish or snail]
? [how old is the snail|is the snail older than you|is the snail a baby]
? [does the snail like you|is the snail nice to you|does the snail talk to you]
= the snail is slow. i like him. he never takes my food.
= snails are rocks that move. very slowly.
= my friend the snail is {spot}. he lives there now.
= snails have a house on their back. i want one.
--
? what does the snail do
? where is the snail
? how is the snail
? [what's|what is] the snail [up to|doing][ today| right now|]
? [where did the snail go|where's the snail hiding|where has the snail gone]
? [is|why is] the snail [sleeping|hiding in his shell|stuck|climbing the glass]
? [what does the snail eat|what does the snail do all day|does the snail clean]
? [the snail|your snail] is [on the glass|on the castle|climbing|stuck][ again|]
? [the snail|your snail] [laid|left] [eggs|a clutch|little white eggs] [on the glass|on a leaf|everywhere]
? [there are|i see] [so many|loads of|too many] snails [now|everywhere|in there]
? [is the snail|why is the snail] [floating|at the top|closed up|not moving] [today|again|]
? [the snail|your snail] [is|was] [upside down|on its back|stuck on the heater|on the lid][ again|]
? [where's the snail|where did the snail go|i can't find the snail]
? [what is the snail doing|what's the snail up to|is the snail okay]
? [the snail is not moving|the snail hasn't moved all day|is the snail asleep]
? [the snail is eating the algae|the snail is cleaning the glass|the snail is munching]
? [the snail is on the heater|the snail is on the filter|the snail climbed out]
? [is the snail dead|is the snail alive|is the snail sick]
? [the snail laid eggs|there are baby snails|so many little snails]
? [where does the snail sleep|does the snail sleep in its shell|what does the snail do at night]
? [the snail is hiding in its shell|the snail went into his shell|why is the snail in his shell]
= the snail is on the glass. he is always on the glass.
= the snail cleans the glass. i watch him. it is a team.
= he is {spot}. he has been there since breakfast.
--
? i got you a snail
? i got you some {critter}
? do you want more snails
? [should i|shall i|can i] [get|buy] [more snails|another snail|a new snail]
? [i|i just] [got|brought|added] [a new snail|another snail|a nerite|a mystery snail]
? [here's|meet] [your|a] new [snail|shelled friend|tank mate]
? [do you want|would you like] some {critter}
? [should i|can i] [add|get] a [cleanup crew|few shrimp|couple of shrimp] [for your tank|to help out]
? [i found|i got] [a snail|some snails] [hitchhiking|on the new plant|in the plant pot]
? [i got|i bought] [a baby snail|a ramshorn|an apple snail|a zebra snail][ for the tank| today|]
? [i got you a new snail|here's a new snail|meet your new snail]
? [do you want a snail friend|would you like another snail|want more snails]
? [i got you some shrimp|here are some shrimp|new shrimp for your tank]
? [i'm adding|meet your new|say hello to the] {critter}
= a new friend. i will show it the castle.
= {critter}. hello. please do not eat my {food}.
= i raced the snail. i won. i always win.
+ i call him mister slow.
+ he eats the algae and the old food.
+ sometimes he falls off the glass. plop.
"""
