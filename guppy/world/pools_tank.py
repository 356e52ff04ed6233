"""Word pools from inside the tank: what the fish sees, eats, does and feels.

Each pool is a tuple of phrases with one grammatical shape, so any template can use it:
  thing     a tank object, read after "the"               ("the {thing}")
  spot      a place in the tank, a whole phrase            ("i hide {spot}.")
  food      fish food, plural or mass noun, as an object   ("i could eat {food}.")
  activity  an -ing phrase                                 ("i spent the day {activity}.")
  water     an adjective for the water                     ("the water feels {water}.")
  feeling   an adjective for the fish                      ("i feel {feeling}.")
  body      a body part, read after "my"                   ("i wiggle my {body}.")
  light     an adjective for the light                     ("the light is {light}.")
  color     a colour word
  taste     an adjective for a taste
  plant     a plant, read after "the"
  critter   a tank neighbour, plural                       ("i like {critter}.")
  bubble    an adjective for bubbles
  speck     a small drifting thing, with its article      ("i found {speck}.")
  big       an adjective for something big
  move      an adverb for how the fish moves               ("i swim {move}.")
  number    a small number word
Phrases never carry a full stop, question mark, brackets or braces.
"""


def items(text):
    """'a, b,\\n c' -> ('a', 'b', 'c'): pools are written as comma lists to keep them compact."""
    return tuple(part.strip() for part in text.replace("\n", ",").split(",") if part.strip())


TANK_POOLS = {
    "thing": items("""
        castle, heater, filter, thermometer, gravel, sand, air stone, bubbler, air tube, treasure chest,
        pirate ship, sunken ship, little diver, clay pot, coconut hut, driftwood, big rock, flat stone,
        smooth pebble, slate cave, stone bridge, stone arch, pagoda, tiki head, plastic skull, shipwreck,
        anchor, mermaid statue, lighthouse, windmill, little house, plastic plant, silk plant, moss ball,
        glass lid, feeding ring, suction cup, background picture, light bar, filter sponge, intake tube,
        spray bar, breeder box, seashell, conch shell, coral piece, hollow log, tunnel, terracotta cave,
        bamboo stalk, cholla wood, spider wood, lava rock, river stone, quartz chunk, glass marble,
        floating log, volcano, treasure box, wooden barrel, old boot, teapot, tree stump, mushroom house,
        pineapple house, cannon, fake coral, leaf hammock, plastic frog, tiny bench, stepping stone,
        bubble wall, airline valve, heater guard, ceramic turtle, toy submarine, stone head, roman pillar,
        broken vase, clam shell, bubbling clam, sea star, gnome, wishing well, stone lantern, tiny bicycle,
        sunken jeep, pirate flag, sleeping dragon, ruined temple, drawbridge, moat, watchtower, sandbank,
        submarine hatch, bubbling diver, resin rock, glass pebble, ceramic log, toy mermaid, stone frog,
        plastic octopus, coral arch, shell pile, pirate chest, bubble tube, magnet cleaner, algae scraper,
        floating ring, thermometer dial, gravel hill, root tangle, cave mouth, hollow shell
        """),
    "spot": items("""
        behind the castle, under the big leaf, near the heater, by the filter, in the corner, at the top,
        at the bottom, in the plants, inside the clay pot, on the gravel, next to the snail,
        beside the driftwood, in the bubbles, under the log, between two rocks, in the front, at the back,
        by the glass, inside the pirate ship, under the bridge, in the shade, near the feeding spot,
        by the thermometer, in the moss, inside the tunnel, on top of the castle, just under the surface,
        in the middle, behind the heater, near the air stone, around the treasure chest,
        inside the coconut hut, in the quiet corner, by the lighthouse, under the floating plants,
        above the sand, beside the volcano, near the lid, behind the big rock, in the warm patch,
        under the heater guard, behind the filter pipe, between the roots, in the driftwood cave,
        beside the treasure chest, under the pirate ship, inside the hollow log, near the thermometer,
        in the tall grass, at the sunny end, in the cool corner, next to the air tube
        """),
    "food": items("""
        flakes, fish flakes, color flakes, pellets, tiny pellets, sinking pellets, floating pellets, crisps,
        bloodworms, frozen bloodworms, brine shrimp, baby brine shrimp, daphnia, mosquito larvae,
        tubifex worms, blackworms, grindal worms, white worms, micro worms, vinegar eels, spirulina,
        algae wafers, krill, mysis shrimp, copepods, glassworms, fruit fly bits, blanched peas,
        shelled peas, cucumber slices, zucchini, spinach, lettuce, kale bits, egg yolk crumbs,
        micro pellets, gel food, freeze dried worms, veggie wafers, shrimp pellets, duckweed bits,
        tiny snails, bug bits, flake crumbs, water fleas, rotifers, bean crumbs, papaya bits, worm noodles,
        bug larvae, tiny shrimp legs, crushed pellets, soft peas, worm bits, squished flakes,
        frozen daphnia, live daphnia, krill flakes, spirulina flakes, algae flakes, garlic pellets,
        cricket crumbs, tiny crickets, fruit flies, springtails, moina, scuds, tiny beetles, ant bits
        """),
    "activity": items("""
        swimming laps, chasing bubbles, nibbling the gravel, hiding behind the castle, staring at the glass,
        floating near the top, resting on a leaf, exploring the corners, following the current,
        racing the snail, counting pebbles, watching the bubbles rise, blowing tiny bubbles,
        wiggling my fins, doing slow circles, looking for crumbs, poking the sand, guarding my cave,
        sniffing the plants, zooming around the heater, hovering in one spot, drifting with the flow,
        waiting by the feeding spot, checking the surface for food, inspecting the driftwood,
        napping under the fern, patrolling the back wall, playing in the outflow, dodging the net,
        greeting the snail, practicing my turns, tasting the algae, sorting the gravel with my mouth,
        flaring at my reflection, exploring the pirate ship, peeking out of the pot, riding the bubbles,
        gliding along the bottom, chasing my own tail, diving to the bottom, sitting very still,
        listening to the hum, watching the humans, inspecting new rocks, thinking about food,
        dreaming about food, looking at the light, circling the castle, wandering through the plants,
        darting between stones, swimming against the current, spitting out gravel, investigating a bubble,
        racing my shadow, watching the snail climb, planning my next snack, doing nothing at all,
        blowing bubbles at the glass, floating like a leaf, nosing around the filter, resting in the shade,
        wiggling through the tunnel, chasing a speck, patrolling the castle walls, sunbathing under the lamp,
        hunting for leftover flakes, polishing my scales on the sand, hiding from my reflection,
        waving at the snail, chasing the light spots, nibbling moss off the driftwood,
        sniffing around the heater, inventing new swimming tricks, dancing in the current,
        balancing on the outflow, counting the plants, listening to the fridge, taking a bubble bath,
        peeking into the treasure chest, practicing being brave
        """),
    "water": items("""
        warm, cool, chilly, toasty, lukewarm, clear, crisp, cloudy, murky, fresh, clean, soft, still,
        wavy, bubbly, silky, heavy, sparkly, tea colored, smooth, gentle, lively, calm, perfect,
        pleasant, nice, crystal clear, a bit foggy, dusty, cozy, mild, swirly, tingly, velvety, glassy,
        minty, flowy, just right, a little stale, extra fresh,
        springy, breezy, buttery, tickly, zippy, bubbly and bright, soft as a pillow, clean as glass, a bit cloudy, fresh as rain
        """),
    "feeling": items("""
        happy, content, calm, sleepy, curious, wiggly, excited, bubbly, peaceful, cozy, hungry,
        a little hungry, very hungry, shy, brave, bouncy, chill, mellow, glad, cheerful, jolly, proud,
        silly, confused, puzzled, startled, nervous, jumpy, twitchy, restless, bored, lonely, grumpy,
        snug, safe, relaxed, fine, okay, fancy, fluttery, sparkly, zippy, floaty, dreamy, thoughtful,
        wobbly, lazy, energetic, grateful, lucky, cheeky, playful, alert, watchful, sluggish, slow,
        quick, fizzy, tingly, jittery, glowing, rested, drowsy, giddy, nosy, perky, upbeat, wistful,
        dizzy, frisky, hopeful, bashful, patient, impatient, sulky, mopey, spunky, zesty, serene,
        tranquil, smug, squirmy, peckish, starving, sleepy but hungry, small but brave,
        blissful, chipper, merry, gleeful, antsy, fidgety, groggy, cranky, crabby, woozy, shaky, plucky, breezy, carefree, easygoing, mischievous, determined, motivated, amazed, astonished
        """),
    "body": items("""
        fins, tail, gills, scales, eyes, mouth, belly, tail fin, side fins, back fin, lateral line,
        little nose, lips, head, chin, swim bladder, fin tips, tummy, shiny sides, fancy tail,
        gill covers, pectoral fins, dorsal fin, caudal fin, belly scales, pretty tail
        """),
    "light": items("""
        bright, dim, soft, golden, blue, pale, warm, white, flickery, gentle, glowing, shimmery,
        sparkly, hazy, orange, pink, pearly, cozy, harsh, dusky, silver, ripply, dappled, buttery,
        faint, strong, sunny, shadowy, rosy, amber, purple, greenish, twinkly,
        stripey, speckled, sleepy, moonlit, candle like, cloudy, bluish, flashing, sunrise pink, lamp yellow
        """),
    "color": items("""
        red, orange, yellow, gold, green, blue, purple, pink, silver, white, black, grey, brown, teal,
        turquoise, crimson, scarlet, amber, lime, mint, olive, navy, violet, lavender, lilac, peach,
        coral, salmon, rust, copper, bronze, cream, ivory, indigo, magenta, aqua, cyan, emerald, jade,
        ruby, sapphire, plum, maroon, mustard, tangerine, lemon, rose, beige, charcoal, sky blue,
        sea green, cherry red, sunset orange, honey, caramel, chocolate brown, pearl, sandy, moss green,
        cobalt, periwinkle, burgundy, apricot, fuchsia, neon blue, glittery gold,
        champagne, mahogany, saffron, vermilion, cerulean, chartreuse, ochre, sepia, rainbow, silvery blue, pinkish orange, sunshine yellow, ocean blue, cotton candy pink, berry purple
        """),
    "taste": items("""
        salty, sweet, bitter, sour, earthy, fishy, meaty, green, mossy, crunchy, chewy, mushy, slimy,
        fresh, stale, plain, rich, tangy, zesty, smoky, nutty, buttery, grassy, metallic, muddy, mild,
        strong, delicious, yummy, squishy, wormy, shrimpy, leafy, peppery, wiggly, crumbly, gritty,
        fruity, floury, seedy, herby, lemony, garlicky, pondy, rocky, chalky, sugary
        """),
    "plant": items("""
        java fern, anubias, hornwort, duckweed, amazon sword, vallisneria, cabomba, water wisteria,
        java moss, moss ball, ludwigia, rotala, cryptocoryne, water sprite, frogbit, salvinia, elodea,
        anacharis, dwarf sagittaria, bacopa, hygrophila, red tiger lotus, banana plant, water lettuce,
        pennywort, ambulia, guppy grass, bucephalandra, marimo, dwarf hairgrass, riccia,
        christmas moss, aponogeton, water lily, red ludwigia, tall grass, floating fern,
        java fern jungle, pothos, lucky bamboo, moneywort, staurogyne, ludwigia repens, rotala rotundifolia, hairgrass patch, tiger lotus, crypt wendtii
        """),
    "critter": items("""
        snails, shrimp, plecos, cory cats, tetras, neon tetras, mollies, platies, swordtails, danios,
        zebra danios, bettas, goldfish, cherry shrimp, ghost shrimp, mystery snails, nerite snails,
        ramshorn snails, otocinclus, loaches, kuhli loaches, rasboras, killifish, endlers, angelfish,
        gouramis, tiger barbs, cardinal tetras, glass catfish, bristlenose plecos, amano shrimp,
        water fleas, tiny worms, hydra, seed shrimp,
        hillstream loaches, pygmy corys, chili rasboras, celestial pearl danios, harlequin rasboras, bumblebee gobies, blue velvet shrimp, assassin snails, trumpet snails, pond snails
        """),
    "bubble": items("""
        tiny, round, wobbly, shiny, silver, fizzy, giant, speedy, shy, perfect, sparkly, lazy,
        jiggly, bouncy, clear, brave, chubby, sleepy, squishy, noisy,
        bumpy, giggly, zigzag, proud, glassy, shimmering, wiggly, plump, dainty, teeny
        """),
    "speck": items("""
        a speck of dust, a tiny leaf, a crumb, a bit of fluff, a lost flake, a seed, a baby snail,
        a wisp of algae, a floating hair, a grain of sand, a sparkly speck, a tiny bug, a petal,
        a piece of old pellet, a bit of moss, a drifting thread, something shiny,
        a lost pellet, a curly leaf, a drifting seed pod, a bit of bark, a tiny pebble, a wobbly bubble, a snail shell, a loose scale, a piece of fluff, a strand of moss, a glittery thing, a curious dot, a tiny twig, a grain of food
        """),
    "big": items("""
        huge, enormous, giant, massive, gigantic, tall, wide, very big, mountain sized, bigger than the castle,
        towering, colossal, immense, whopping, hulking, bigger than a whale, as big as a house
        """),
    "move": items("""
        slowly, quickly, gently, in circles, in zigzags, backwards for a bit, upside down for a moment,
        like a tiny rocket, very carefully, with style, in loops, sideways, proudly, without a plan,
        in a straight line, round and round, faster than the snail, very bravely,
        with a wiggle, like a torpedo, like a falling leaf, in a spiral, in a figure eight, with my fins out wide, like a happy noodle, nose first, tail first
        """),
    "number": items("""
        two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, twenty, a hundred,
        a thousand, a million, many, too many, fifty, forty
        """),
}
