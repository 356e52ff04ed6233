"""Word pools from outside the glass: the human world the fish sees but does not understand.

Shapes (see pools_tank.py for the rules):
  human      a human abstraction or gadget, as an object   ("i do not know about {human}.")
  humanfood  a human food, plural or mass noun
  name       a person's first name (capitalised; replies are lowercased)
  place      a place, as an object                          ("have you been to {place}")
  country    a country
  job        a job with its article                         ("i am {job}")
  household  a thing in the room, read after "the"
  animal     an animal, plural                              ("i saw {animal}.")
  doing      what a human is doing, an -ing phrase          ("the human is {doing}.")
  genre      a kind of music                                ("do you like {genre}")
  instrument an instrument, read after "the"
  show       a kind of tv show, plural                      ("do you watch {show}")
  weather    a kind of weather, as a noun
  toy        a child's toy, with its article
  science    a science idea, as an object                   ("explain {science}")
  nice       a compliment adjective                         ("you are so {nice}")
  mean       an unkind adjective                            ("you are so {mean}")
  sound      a noise, with its article                      ("i heard {sound}.")
  sky        a thing in the sky, with "the" where it needs one
  object     a small human object, with its article        ("{object} fell in my tank.")
  holiday    a holiday;  subject: a school subject;  relative: "my mom";  game: a game people play
  season     a season;  daytime: a time of day or a weekday;  few: two to twelve;  digit: a number in digits
"""

from guppy.world.pools_tank import items

OUTSIDE_POOLS = {
    "human": items("""
        money, taxes, phones, smartphones, the internet, email, politics, elections, math, algebra,
        calculus, fractions, homework, the stock market, crypto, rent, a mortgage, insurance,
        job interviews, meetings, spreadsheets, passwords, wifi, social media, traffic, parking tickets,
        bank accounts, credit cards, invoices, deadlines, a resume, salaries, inflation, the economy,
        budgets, laws, lawyers, voting, the government, parliament, democracy, philosophy, poetry,
        grammar, spelling tests, chess, football, basketball, golf, tennis, cars, airplanes, trains,
        bicycles, elevators, escalators, shoes, socks, neckties, umbrellas, sunglasses, pockets, keys,
        wallets, coffee, alarm clocks, weekends, mondays, birthdays, weddings, small talk, gossip,
        memes, emojis, selfies, podcasts, video games, passports, airports, hotels, shopping malls,
        coupons, receipts, the news, newspapers, magazines, libraries, exams, grades, school,
        university, diplomas, recipes, laundry, ironing, furniture, real estate, marketing,
        advertising, startups, investors, quarterly reports, slideshows, printers, laptops, keyboards,
        batteries, chargers, apps, software updates, robots, artificial intelligence, chatbots,
        algorithms, statistics, geometry, physics, chemistry, history, geography, handwriting, stamps,
        envelopes, the post office, paperwork, contracts, subscriptions, streaming services,
        horoscopes, fashion, makeup, haircuts, tattoos, gyms, diets, vitamins, jogging, yoga,
        meditation, traffic lights, highways, maps, satellites, rockets, space travel, electricity bills,
        plumbing, carpentry, lawn mowers, pensions, loans, interest rates, accounting, bureaucracy,
        customer service, hold music, group chats, video calls, online shopping, delivery trucks,
        vending machines, lottery tickets, casinos, board games, crossword puzzles, sudoku, chess clocks,
        reality tv, celebrities, award shows, red carpets, fireworks, parades, museums, art galleries,
        sculptures, architecture, skyscrapers, bridges, tunnels, subways, bus schedules, ferries,
        camping, hiking boots, backpacks, suitcases, jet lag, sunscreen, perfume, deodorant,
        toothpaste, shampoo, hairdryers, mirrors, wristwatches, jewelry, diamonds, gold coins, banks,
        tax returns, phone bills, car insurance, credit scores, job titles, promotions, office chairs,
        commuting, rush hour, parking lots, gas stations, speeding tickets, driving lessons,
        property taxes, stock options, retirement plans, savings accounts, wire transfers, cash machines,
        online banking, two factor codes, captchas, cookies on websites, pop up ads, spam email,
        unread messages, voicemail, ringtones, airplane mode, screen time, phone cases, selfie sticks,
        smartwatches, earbuds, headphones, tablets, e readers, cloud storage, usb sticks, hard drives,
        operating systems, programming languages, spreadsheet formulas, pie charts, bar graphs,
        performance reviews, team building, office parties, name tags, lanyards, staplers, paper clips,
        sticky notes, whiteboards, conference calls, time zones, daylight saving time, leap years,
        tax forms, census forms, jury duty, parking meters, toll roads, speed bumps, roundabouts,
        driver's licenses, license plates, car washes, oil changes, flat tires, road trips,
        cruise ships, theme parks, roller coasters, ferris wheels, water parks, ski lifts, snowboards,
        surfboards, skateboards, scooters, motorcycles, helicopters, hot air balloons, submarines,
        space stations, telescopes, microscopes, calculators, abacuses, sundials, hourglasses,
        philosophy degrees, student loans, graduation gowns, school uniforms, report cards, lunch boxes,
        pencil cases, rulers, protractors, compasses, textbooks, dictionaries, encyclopedias,
        thesauruses, library cards, bookmarks, audiobooks, comic books, novels, poems, essays,
        opera tickets, concert halls, karaoke, dance classes, piano lessons, swimming lessons
        """),
    "humanfood": items("""
        pizza, spaghetti, pancakes, sushi, burgers, tacos, sandwiches, popcorn, cereal, ice cream,
        chocolate, cookies, bagels, noodles, soup, salad, french fries, donuts, waffles, cheese, toast,
        dumplings, curry, burritos, lasagna, muffins, pretzels, yogurt, oatmeal, hot dogs, nachos,
        pie, cupcakes, croissants, ramen, fried rice, kebabs, falafel, hummus, avocado toast,
        peanut butter, jelly beans, lollipops, marshmallows, cotton candy, gherkins, olives, mangoes,
        bananas, strawberries, watermelon, broccoli, carrots, potatoes, tomatoes, garlic bread,
        lemonade, smoothies, milkshakes, hot chocolate, orange juice, soda, cheesecake, brownies,
        pudding, custard, crepes, quesadillas, enchiladas, paella, risotto, gnocchi, ravioli,
        meatballs, fish and chips, mashed potatoes, baked beans, porridge, granola, muesli, crackers,
        biscuits, scones, jam, honey, maple syrup, butter, omelettes, scrambled eggs, bacon, sausages,
        kimchi, miso soup, tofu, tempura, samosas, naan bread, pita bread, baguettes, sourdough,
        cinnamon rolls, apple pie, peanuts, almonds, cashews, raisins, dates, figs, kiwis, pineapples,
        cherries, blueberries, grapes, peaches, plums, lemons, limes, coconuts, corn on the cob
        """),
    "name": items("""
        Maya, Leo, Sam, Aisha, Omar, Priya, Chen, Sofia, Lucas, Emma, Noah, Olivia, Liam, Ava, Mateo,
        Zara, Kenji, Yuki, Amara, Kofi, Ines, Hugo, Freya, Nils, Ingrid, Tariq, Layla, Ravi, Anika,
        Diego, Lucia, Marco, Giulia, Pablo, Carmen, Felix, Clara, Oscar, Elsa, Jonas, Mila, Ivan, Nadia,
        Sasha, Dmitri, Olga, Tomas, Eva, Jakub, Hana, Mei, Jin, Hiro, Sakura, Arjun, Nisha, Rohan, Kavya,
        Ali, Fatima, Hassan, Noor, Yusuf, Leila, Kwame, Ama, Chidi, Ngozi, Tunde, Zainab, Malik, Imani,
        Jamal, Ben, Kate, Tom, Lucy, Jack, Grace, Harry, Alice, George, Rose, Oliver, Isla, Ethan, Chloe,
        Daniel, Hannah, Adam, Sarah, David, Rachel, Michael, Laura, James, Anna, Peter, Julia, Paul,
        Nora, Max, Lily, Finn, Ruby, Theo, Stella, Milo, Ivy, Jasper, Hazel, Arlo, Willow, Ezra, Luna,
        Caleb, Iris, Owen, Maisie, Rory, Poppy, Toby, Daisy, Alfie, Evie, Archie, Phoebe, Hamish, Fiona,
        Angus, Bruno, Greta, Otto, Lotte, Pieter, Saskia, Bram, Femke, Lars, Astrid, Sven, Sigrid,
        Beatriz, Joao, Rafael, Catalina, Valentina, Camila, Joaquin, Renata, Emilio, Ximena, Andres,
        Paloma, Thiago, Keanu, Leilani, Tane, Aroha, Marta, Pedro, Ana, Luis, Elena, Victor, Irene,
        Abel, Bea, Cyrus, Dalia, Edgar, Flora, Gustav, Heidi, Idris, Jana, Kai, Lena, Mo, Nell, Orla,
        Percy, Quinn, Rosa, Silas, Tess, Uma, Vera, Wes, Xavi, Yara, Zeke, Amelie, Bodhi, Cleo, Dante,
        Elodie, Fergus, Gemma, Hector, Ilse, Juno, Kasper, Lorenzo, Mabel, Nico, Ophelia, Pia, Raul,
        Selma, Tobias, Ulla, Vikram, Wren, Yosef, Zora, Anouk, Benedikt, Cosima, Darius, Esme, Florian,
        Gia, Henrik, Isadora, Jorge, Kamala, Linus, Matilda, Niamh, Orion, Petra, Rosalind, Soren,
        Thea, Ulrich, Viola, Wilhelm, Yvette, Zadie
        """),
    "place": items("""
        Paris, Tokyo, London, Cairo, Lima, Oslo, Rome, Berlin, Madrid, Lisbon, Dublin, Sydney, Nairobi,
        Lagos, Mumbai, Delhi, Seoul, Beijing, Bangkok, Hanoi, Jakarta, Manila, Toronto, Vancouver,
        Chicago, Boston, Denver, Havana, Bogota, Buenos Aires, Reykjavik, Helsinki, Stockholm,
        Copenhagen, Warsaw, Prague, Vienna, Budapest, Athens, Istanbul, Dubai, Marrakesh, Cape Town,
        Zanzibar, Kyoto, Osaka, Singapore, Auckland, Hawaii, Alaska, the Alps, the Sahara, the Amazon,
        the moon, Mars, the beach, the mountains, the desert, the jungle, the ocean, the north pole,
        the city, the countryside, the supermarket, the office, the park, the zoo, the museum,
        the library, the gym, the cinema, the airport, Antarctica, Greenland, Patagonia, Tasmania,
        Madagascar, the Great Barrier Reef, Venice, Amsterdam, Edinburgh, New York, Los Angeles,
        Lyon, Porto, Seville, Naples, Florence, Munich, Hamburg, Zurich, Geneva, Brussels, Bruges,
        Krakow, Tallinn, Riga, Vilnius, Belgrade, Zagreb, Split, Santorini, Crete, Malta,
        Sicily, Sardinia, Corsica, Tenerife, Bali, Phuket, Kathmandu, Lhasa, Ulaanbaatar, Almaty,
        Tashkent, Tbilisi, Yerevan, Baku, Tehran, Karachi, Colombo, Dhaka, Taipei, Hong Kong, Macau,
        Perth, Melbourne, Brisbane, Wellington, Quito, La Paz, Montevideo, Asuncion,
        Caracas, Panama, San Jose, Guatemala, Montreal, Quebec, Seattle, Portland, Miami, Austin
        """),
    "country": items("""
        France, Japan, Brazil, Kenya, Canada, Peru, Norway, Egypt, India, Mexico, Spain, Italy, Germany,
        Chile, Ghana, Vietnam, Australia, Argentina, Sweden, Poland, Turkey, Greece, Morocco, Nigeria,
        Indonesia, Thailand, Portugal, Ireland, Iceland, Finland, Nepal, Mongolia, Cuba, Jamaica,
        Colombia, Ecuador, Ethiopia, Tanzania, Uganda, Senegal, Malaysia, the Philippines, Pakistan,
        Bangladesh, Korea, China, Ukraine, Romania, Hungary, Austria, Switzerland, Belgium,
        the Netherlands, Denmark, Scotland, Wales, England, Fiji, Samoa,
        Estonia, Latvia, Lithuania, Slovakia, Slovenia, Croatia, Serbia, Bulgaria, Albania, Cyprus,
        Luxembourg, Monaco, Andorra, Georgia, Armenia, Azerbaijan, Kazakhstan,
        Uzbekistan, Iran, Iraq, Jordan, Lebanon, Oman, Qatar, Kuwait, Yemen, Sudan, Libya, Tunisia,
        Algeria, Mali, Niger, Chad, Cameroon, Gabon, Angola, Zambia, Zimbabwe, Botswana, Namibia,
        Mozambique, Malawi, Rwanda, Burundi, Somalia, Eritrea, Sri Lanka, Bhutan, Myanmar, Laos,
        Cambodia, Brunei, Papua New Guinea, Tonga, Vanuatu, Bolivia, Paraguay, Uruguay, Venezuela,
        Guyana, Suriname, Honduras, Nicaragua, Costa Rica, Belize, Haiti
        """),
    "job": items("""
        a doctor, a teacher, a pilot, an astronaut, a chef, a plumber, a lawyer, an accountant, a banker,
        a farmer, a baker, a dentist, a firefighter, a police officer, a programmer, a designer, a nurse,
        a scientist, an engineer, a musician, a painter, a writer, a journalist, a mail carrier,
        a cashier, a librarian, a mechanic, a carpenter, an electrician, a gardener, a bus driver,
        a taxi driver, a waiter, a barista, a vet, a zookeeper, a lifeguard, a sailor, a diver,
        a photographer, a dancer, an actor, a singer, a poet, a judge, a politician, a manager,
        a consultant, a salesperson, a tailor, a potter, a florist, a janitor, a student,
        a data analyst, an architect, a pharmacist, a truck driver, a plumber in training, a professor,
        a surgeon, a paramedic, a midwife, a therapist, a coach, a referee, a jockey, a beekeeper,
        a shepherd, a fisher, a ranger, a geologist, a botanist, a chemist, a physicist, a mathematician,
        a historian, an archaeologist, a translator, an editor, a publisher, a comedian, a magician,
        a clown, a puppeteer, a sculptor, a jeweler, a locksmith, a roofer, a welder, a glassblower,
        a blacksmith, a cobbler, a barber, a hairdresser, a chauffeur, a courier, a pilot in training,
        a ship captain, a lighthouse keeper, an aquarium keeper, a marine biologist, a fish doctor
        """),
    "household": items("""
        couch, lamp, window, curtains, bookshelf, table, kitchen, fridge, door, carpet, rug, armchair,
        tv, clock, plant pot, radiator, laundry basket, desk, computer, printer, piano, stairs, hallway,
        front door, coat rack, mirror, painting, calendar, ceiling fan, light switch, cushion, blanket,
        vase, fruit bowl, toaster, kettle, microwave, dishwasher, sink, oven, cupboard, shoe rack,
        cat bed, dog bowl, broom, vacuum cleaner, ironing board, bin, remote, phone charger, speaker,
        fireplace, beanbag, window sill, houseplant, doormat, backpack, guitar case, fish food jar,
        toy box, high chair, birdcage, globe, desk fan, bookcase, rocking chair, dining chair, lampshade,
        bathtub, shower curtain, towel rack, laundry line, washing machine, dryer, freezer, pantry,
        spice rack, cutting board, frying pan, teapot shelf, cookie jar, bread box, blender, coffee machine,
        dining table, coffee table, side table, footstool, bunk bed, wardrobe, dresser, nightstand,
        alarm clock, wall clock, picture frame, poster, bulletin board, chalkboard, bookend, candle,
        lantern, flower vase, potted cactus, windowsill herbs, aquarium stand, fish net hook, doorbell,
        letterbox, staircase, banister, attic door, basement door, garden door, balcony, hallway mirror
        """),
    "animal": items("""
        dogs, birds, hamsters, rabbits, parrots, turtles, frogs, lizards, mice, spiders, flies,
        moths, ducks, horses, cows, owls, foxes, squirrels, pigeons, crows, bears, whales, sharks,
        dolphins, octopuses, crabs, seals, penguins, elephants, giraffes, lions, tigers, monkeys,
        snakes, bees, ants, butterflies, ladybugs, beetles, chickens, goats, sheep, pigs, deer,
        raccoons, hedgehogs, otters, herons, kingfishers, pelicans, guinea pigs, ferrets, geckos,
        badgers, moles, bats, beavers, moose, camels, zebras, hippos, rhinos, gorillas, koalas,
        kangaroos, wombats, platypuses, sloths, armadillos, lemurs, meerkats, hyenas, wolves, coyotes,
        lynxes, leopards, cheetahs, jaguars, panthers, pandas, yaks, llamas, alpacas, donkeys, mules,
        turkeys, geese, swans, flamingos, storks, eagles, hawks, falcons, vultures, seagulls, puffins,
        walruses, manatees, jellyfish, starfish, lobsters, shrimp boats, sea turtles, eels, stingrays
        """),
    "doing": items("""
        cooking dinner, reading a book, typing on a laptop, folding laundry, talking on the phone,
        watering the plants, doing push ups, eating cereal, brushing their hair, drinking coffee,
        watching tv, sweeping the floor, playing the guitar, dancing in the kitchen, sleeping on the couch,
        writing a letter, sorting the mail, looking for their keys, tying their shoes, doing a puzzle,
        painting a picture, singing in the shower, eating a sandwich, yawning, stretching, knitting,
        vacuuming, ironing a shirt, walking the dog, feeding the cat, washing dishes, making tea,
        building a shelf, hanging a picture, playing video games, doing homework, counting money,
        staring at their phone, laughing at their phone, waving at me, talking to the plants,
        opening the fridge, closing the fridge, opening the fridge again, doing yoga,
        ironing socks, baking bread, chopping onions, peeling potatoes, frying eggs, making pancakes,
        eating soup, drinking juice, blowing their nose, sneezing, brushing their teeth, combing their hair,
        putting on a coat, taking off their shoes, hunting for the remote, dusting the shelves,
        mopping the floor, scrubbing the sink, changing a light bulb, fixing the door, tidying the desk,
        writing a shopping list, reading the newspaper, doing a crossword, sewing a button, wrapping a present,
        blowing up balloons, dancing with a broom, stretching their arms, practicing the piano,
        whistling a tune, humming a song, talking to a screen, clapping their hands, carrying groceries,
        unpacking boxes, moving the couch, painting the wall, napping in the armchair, eating popcorn
        """),
    "genre": items("""
        jazz, rock, pop, classical music, hip hop, rap, country music, reggae, blues, techno,
        heavy metal, opera, folk songs, lullabies, disco, punk, salsa, soul, funk, lofi beats,
        sea shanties, elevator music, polka, gospel, bossa nova, ska, drum and bass, tango, flamenco,
        mariachi, bluegrass, samba, grunge, swing, zydeco, ambient music, movie soundtracks, marching bands, whale songs
        """),
    "instrument": items("""
        piano, guitar, violin, cello, drums, flute, trumpet, saxophone, harp, ukulele, banjo, accordion,
        clarinet, tuba, harmonica, xylophone, bagpipes, tambourine, triangle, trombone, oboe,
        bass guitar, synthesizer, mandolin, bongos, recorder, kazoo,
        harpsichord, double bass, french horn, bassoon, piccolo, steel drums, sitar, didgeridoo, glockenspiel, bells
        """),
    "show": items("""
        cooking shows, nature documentaries, cartoons, soap operas, game shows, football matches,
        reality shows, sitcoms, crime dramas, weather forecasts, talk shows, quiz shows, horror movies,
        action movies, baking contests, home makeover shows, anime, music videos, ocean documentaries,
        commercials, dating shows, news channels, talent shows, detective shows, space documentaries,
        gardening shows, cartoons about dogs, tennis matches, car shows, murder mysteries,
        wildlife shows, baking shows, travel shows, history documentaries, science shows, puppet shows,
        cartoon cats, cartoon fish, cooking contests, spelling bees, golf matches, basketball games,
        figure skating, ice hockey, motor races, horse races, boxing matches, police dramas,
        hospital dramas, courtroom dramas, fishing shows
        """),
    "weather": items("""
        snow, sunshine, wind, fog, hail, thunder, lightning, storms, clouds, drizzle, sleet,
        heat waves, frost, mist, rainbows, hurricanes, tornadoes, breezes, humidity, ice, blizzards,
        showers, puddles, gray skies, sunny spells, thunderstorms,
        monsoons, sandstorms, heat, frosty mornings, icicles, hailstones, gales, muggy days, cold snaps, fog banks, downpours, sunsets, sunrises, morning dew
        """),
    "toy": items("""
        a plastic dinosaur, a teddy bear, a toy car, a rubber duck, building blocks, crayons, a ball,
        a kite, a doll, a yo yo, a puzzle, a toy drum, a robot toy, stickers, a bubble wand, a scooter,
        a jump rope, marbles, play dough, a toy boat, a train set, a spinning top, a stuffed whale,
        a toy shark, a plastic sword, a magic wand, a coloring book, a toy fish,
        a rocking horse, a jigsaw puzzle, a slinky, a pinwheel, a paper boat, a toy truck, a sand bucket, a rubber ball, a plush octopus, a toy castle
        """),
    "science": items("""
        gravity, magnets, electricity, photosynthesis, black holes, atoms, dinosaurs, volcanoes,
        earthquakes, the speed of light, evolution, vaccines, the big bang, quantum physics,
        relativity, the periodic table, dna, tides, the water cycle, climate change, planets,
        the solar system, galaxies, molecules, friction, magnetism, sound waves, rainbows, the ozone layer,
        electrons, protons, neutrons, chemical reactions, acids, oxygen, carbon, hydrogen, nitrogen,
        the ph scale, buoyancy, density, pressure, temperature, thermometers, light waves, radio waves,
        microwaves, x rays, fossils, plate tectonics, glaciers, ocean currents, the moon's phases,
        eclipses, comets, asteroids, supernovas, neutron stars, dark matter, genetics, cells, bacteria
        """),
    "nice": items("""
        beautiful, gorgeous, shiny, elegant, majestic, adorable, handsome, sparkly, cute, splendid,
        magnificent, lovely, charming, radiant, dazzling, fancy, pretty, graceful, stylish, precious,
        glamorous, marvelous, fabulous, sleek, dapper, classy, delightful, cheerful, glorious, stunning, brilliant, wonderful, snazzy, sparkling, distinguished
        """),
    "mean": items("""
        dumb, silly, slow, boring, weird, useless, goofy, clueless, forgetful, lazy, strange,
        scatterbrained, dopey, pointless, ridiculous, annoying, noisy, greedy, nosy, clumsy, dizzy
        """),
    "sky": items("""
        the sun, the moon, the stars, clouds, airplanes, birds, the sky, rainbows, comets, planets,
        satellites, kites, hot air balloons, lightning, shooting stars,
        the milky way, the northern lights, meteors, weather balloons, fireflies, paper planes, dragonflies, the evening star, thunderclouds, a crescent moon
        """),
    "sound": items("""
        a low hum, the filter humming, a door closing, footsteps, a dog barking, the vacuum cleaner,
        a loud bang, music thumping, someone laughing, the fridge buzzing, a phone buzzing, keys jingling,
        the washing machine, rain on the window, thunder rumbling, a kettle whistling, the doorbell,
        a baby crying, pots clanging, the tv talking, a bird singing, a car outside, a truck rumbling,
        chairs scraping, a blender, someone singing, clapping, a sneeze, a cough, dishes clinking,
        the heater clicking, bubbles popping, a hair dryer, a drum, a guitar, a whistle, snoring,
        a spoon stirring, paper rustling, a clock ticking, wind chimes, a siren far away, a lawn mower,
        a drill, hammering, a cat meowing, the microwave beeping, typing on a keyboard, a ball bouncing,
        a motorbike, a trumpet, a saxophone, a helicopter, fireworks, a crowd cheering, a phone ringing,
        an alarm clock, a smoke alarm, a garbage truck, a leaf blower, a toilet flushing, a tap running,
        a shower running, a zipper, velcro ripping, a balloon popping, a door creaking, floorboards creaking,
        the letterbox rattling, a fly buzzing, a mosquito whining, an owl hooting, frogs croaking,
        someone whistling, a radio, a violin, a squeaky toy, a bouncing spring, the dishwasher humming
        """),
    "season": items("spring, summer, autumn, winter, fall"),
    "daytime": items("""
        morning, early morning, afternoon, evening, night, noon, midnight, lunchtime, breakfast time,
        dinner time, almost food time, a monday, a tuesday, a wednesday, a thursday, a friday,
        a saturday, a sunday, the weekend
        """),
    "holiday": items("""
        christmas, new year, halloween, easter, diwali, hanukkah, eid, thanksgiving, lunar new year,
        valentine's day, midsummer, carnival, mother's day, father's day, my birthday, the holidays,
        mardi gras, bastille day, boxing day, groundhog day, st patrick's day, saint lucia day, april fools day, labor day, the solstice, the spring festival
        """),
    "subject": items("""
        math, science, history, geography, spelling, chemistry, biology, physics, art, french, spanish,
        german, latin, economics, coding, algebra, geometry, literature, music theory, grammar,
        astronomy, philosophy, psychology, sociology, statistics, calculus, trigonometry, drama, woodwork, cooking class
        """),
    "relative": items("""
        my mom, my dad, my grandma, my grandpa, my aunt, my uncle, my cousin, my roommate,
        my neighbor, my boss, my teacher, my brother, my sister, my partner, my wife, my husband,
        my girlfriend, my boyfriend, my nephew, my niece, my best friend, my landlord,
        my great grandma, my stepdad, my stepmom, my godmother, my coworker, my classmate, my piano teacher, my flatmate
        """),
    "game": items("""
        hide and seek, tag, chess, cards, football, tennis, checkers, marbles, catch, video games,
        board games, darts, bowling, ping pong, monopoly, charades, dominoes, peekaboo,
        rock paper scissors, hopscotch, jenga, scrabble, poker, solitaire, crosswords, twister, pictionary, freeze tag, red light green light, musical chairs, tug of war, leapfrog
        """),
    "object": items("""
        a spoon, a sock, a pencil, a coin, a button, a key, a ring, a bottle cap, a paper clip,
        a rubber band, a lego brick, an earring, a hair clip, a crayon, a toothbrush, a battery, a cork,
        a tea bag, a receipt, a straw, a bead, a dice, a thimble, a seashell, a feather, a leaf,
        a bottle, a teaspoon, a candy wrapper, a chopstick, a shoelace, a guitar pick, a marble,
        a tiny toy soldier, a chess piece, a safety pin, a fridge magnet, a pen cap, a sequin
        """),
    "few": items("two, three, four, five, six, seven, eight, nine, ten, eleven, twelve"),
    "digit": items("2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 17, 21, 42, 99, 100, 256, 1000"),
}
