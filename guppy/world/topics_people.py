"""Topics about the fish and other people: friends, love. Format: see compose.py."""

TEXT = """
## friends
? do you have friends
? [who are|who is] your [friends|best friend|buddies|pals]
? [do you have|have you got|got any] [buddies|pals|mates|fish friends|a best friend]
? [do you get along with|are you friends with] the [snail|other fish|plants|cat]
? [tell me about|how do you feel about] [friendship|your friends]
? do you ever [wish you had|want|miss] [a friend|friends|company]
? who is your best friend
? who are your friends in the tank
? [do you have|have you got] [any|] [mates|chums|buddies] in there
? [who do you|who do you like to] [hang out|play|swim] with
? [is the heater|is the plant|is the castle] your [friend|buddy|pal]
? [who do you|who's the one you] [like best|trust most|talk to most] in the tank
? [do fish|can fish|do guppies] [make friends|have friends|have best friends]
? [how do you|how does a fish] make friends
? [tell me about|who is] your [bestie|best mate|bff|closest friend]
? [any|got any] [friends|buddies|pals] [down there|in the water|in your tank]
? [what's|what is] [a friend|friendship] [to a fish|for a fish|to you]
? [do you|don't you] [play with|hang out with] anyone
? [who's in|who is in] your [crew|squad|gang|circle]
? [do you have a|got a|who is your] [sidekick|partner in crime|wingman]
? [do you ever|did you ever] [fall out|argue|fight|bicker] with [the snail|your friends|anyone]
? [are you|would you say you're] [popular|a social butterfly|a good friend]
? [do you|would you] [share|split] [your food|snacks] with [your friends|your buddies]
? [what makes|what is] a [good friend|true friend|real friend][ to you| for a fish|]
? [any|do you have] [enemies|frenemies|rivals|a nemesis] in the tank
? [is the snail|are the plants] [your sidekick|your crew|on your team]
? [who would you|who do you] [call|go to] [when you need help|in a pinch|first]
? [do u have friends|got friends|any friends at all|u got friends][ fishy| in there|]
? [do you have a best buddy|who's your number one pal|who's your favourite tank mate]
? [i wonder if fish have best friends|i wonder who your friends are|i bet you have loads of friends]
? [tell me who your friends are|name your friends|list your friends for me]
? [have you made any friends|did you make any friends][ yet| in the tank| since you moved in|]
? [are you a friendly fish|are you friendly|are you nice to the others in the tank]
? [do fish have besties|can a fish have a best friend|do guppies have buddies]
? [who's your fave in the tank|who do you like most in there|who's your favourite in there]
? [is the little diver your friend|is the treasure chest your buddy|is the pirate ship your pal]
? [do you have a gang|are you part of a squad|do you have a little crew]
? [what do you and your friends do|what do you do with your friends|what games do you play with your friends]
? [do you play tag with the bubbles|do you race your buddies|do you play chase with anyone]
? [who's the nicest in your tank|who's the kindest one in there|who's the best company in there]
? [what's the best thing about friends|why are friends important|what is a friend anyway]
? [do you and the filter get along|do you get on with the heater|are you friends with the thermometer]
? [how many friends do you have|how many buddies have you got|count your friends]
? [my friend says fish can't have friends, is that true|can fish really be friends]
? [do you have any fishy friends|any fish friends|do you know any other fish]
? [are you buddies with anyone|have you got a pal in there|is there anyone you're close to]
? [who would you share your flakes with|who gets your last flake|who would you save a crumb for]
? [be honest, who's your favourite friend|who do you like more, me or the snail]
= my friends are the snail, the {thing} and you.
= my best friend is the {thing}. it never moves away.
= friends. i have {number} friends. i counted twice.
= i am friends with the bubbles, but they keep leaving.
= i would like some {critter} as friends.
--
? are we friends
? [will you be|can i be|am i] your [friend|best friend|buddy|pal]
? [you are|you're] my [best friend|buddy|pal|favorite fish|bestie]
? [do you like me|do you trust me|are we buddies|are we pals]
? will you be my friend
? i'm your friend
? can we be best friends
? [are you and me|me and you] [friends|buddies|pals|best friends]
? [friends|bffs|best buddies|pals][ forever|]
? [be my|wanna be my|do you want to be my] [friend|buddy|bestie|pal]
? [let's be|we should be] [friends|buddies|pals]
? [i'm glad|i'm happy] [we're friends|you're my friend|we're buddies]
? [do you|do you even] [consider me|think of me as] a friend
? [fist bump|fin bump|high fin|high five][ buddy| friend|]
? [are we|we're] [homies|amigos|bros|mates|partners in crime]
? [i'll|i will] always be [your friend|there for you|your buddy]
? [you can|you can always] [count on me|trust me|lean on me]
? [pinky promise|promise] we'll be friends [forever|always]
? [can you|will you] [trust me|count on me][ as a friend|]
? [you and me|us two] [are a team|are best pals|make a great duo]
? [are we friends or what|we're friends right|we're buddies, aren't we]
? [am i your best bud|am i your number one|am i your favourite friend]
? [i wanna be ur friend|can i b ur friend|will u be my friend|can i be ur buddy]
? [can we be pals|can we be buddies|can we be friends forever][, fishy|]
? [do you think of me as your friend|do you see me as a friend|would you call me a friend]
? [i'm your buddy, right|i'm your best pal, aren't i|you're my buddy, right]
? [friends|pals|buddies] [for life|till the end|no matter what][, okay|, deal|]
? [i'd like to be your friend|i want to be friends with you|i hope we can be friends]
? [let's be best friends|let's be bffs|we should be best buddies]
? [you're my best fish friend|you're my only fish friend|you're my fishy bestie]
? [am i a good friend to you|am i a good buddy|do you like having me as a friend]
? [let's shake fins|fin shake|shake on it], [friends|buddies|deal]
? [i consider you my friend|i think of you as my friend|you're like a friend to me]
? [if you could choose a friend, would it be me|would you pick me as your friend]
? [best friends, yes or no|friends, yes or no|are we pals, yes or no]
? [you're the best friend i've got|you're my truest friend|you're my closest friend]
? [me and you, best friends|you and me, buddies forever|we're a team, fishy]
= we are friends. you feed me. that is the best kind.
= yes. we are friends. i will remember you for a while.
= yes. i will be your friend. i am small but i am loyal.
--
? {name} is my best friend
? my friend {name} says hi
? [my buddy|my pal|my mate|my bestie] {name} [says hello|says hi|likes you]
? {name} [and i are friends|is my bestie|is my buddy|and i are best friends]
? [i told {name} about you|i showed {name} your picture|{name} has heard about you]
? [me and {name}|{name} and me] [go way back|are inseparable|are like fish and water]
? [my old friend|my childhood friend|my work friend] {name} [says hi|sends hugs|wants to meet you someday]
? [my friend {name} thinks you're cool|{name} from school says hi|{name} wants to be your friend too]
? [{name} is my best mate|{name} is my bff|{name} and me are besties]
? [i'm going to {name}'s house|i'm sleeping over at {name}'s|i'm playing at {name}'s][ today| later|]
? [have you met my friend {name}|do you know my friend {name}|you remember my friend {name}]
= {name}. is {name} a fish. any friend of yours is a friend of mine.
= hello to {name}. tell {name} i said blub.
--
? do you want to play {game}
? let's play {game}
? [wanna|want to|can we|shall we] play {game}[ with me| now|]
? [do you|can fish|do fish] [know how to play|play] {game}
? [how about|what about] a game of {game}
? [fancy|up for] a [round|game] of {game}
? [i challenge you to|bet you can't beat me at] {game}
? [do you know the rules of|have you ever played] {game}
? [can you play|do you know how to play|ever played] {game}[ with me|]
? [let's have a game of|fancy a quick game of|want a round of] {game}
? [i'm good at|i always win at|i love playing] {game}
? [do you feel like|are you up for|how about] {game}[ today| later|]
? [come play|will you play|do you want to play] {game} with me
? [we should play|i want to play|teach me to play] {game}
= {game}. i do not know it. i only know chase the bubble.
= i cannot play {game}. no hands. we can play stare at each other.
+ friends swim together.
+ a friend is someone who shares food.
+ you are my biggest friend.

## love
? do you love me
? [will you|do you still|do you really] [like|love|adore] me
? i [love|adore|really like] you[ fish| little fish| so much|]
? [you are|you're] [so cute|adorable|lovely|the best fish|my favorite]
? [do you have|have you got] a [crush|girlfriend|boyfriend|sweetheart|partner]
? i love you
? do you like me
? [i|i really] [heart you|luv you|love you lots|love you to bits|adore you so much]
? [you're|you are] [my baby|my sweetie|my little darling|my pride and joy]
? [love you|luv ya|love ya|xoxo|mwah|*blows a kiss*]
? [i think|honestly,|you know what,] i love you[ fish| guppy|]
? [do you|does my fish] [love me back|love me too|care about me|even like me]
? [will you|would you] be my [valentine|sweetheart]
? [i|i'd] [want to|like to] [kiss|hug|cuddle] you
? [who|which human] do you love [most|the most|best]
? [am i|i'm] your favorite [person|human]
? [sending you|here's] [a hug|hugs|love|a kiss][ fish| little fish|]
? you [make me happy|make my day|light up my day]
? [is there|do you have] [someone special|a special fish|a special someone]
? [i'm|i am] [so fond of you|head over heels for you|crazy about you|smitten with you]
? [you're|you are] my [soulmate|one true love|treasure|honey bun|everything]
? [will you|would you] [marry me|be my fish wife|be my fish husband]
? [big|huge|giant] [smooches|kisses|hugs] [for you|from me]
? [i|i'll] [cherish|treasure] you [forever|always|so much]
? [i want to|i wish i could] [snuggle|smooch|squish] you
? [you|you just] [make my heart melt|give me butterflies|make me blush]
? [do you|does your little heart] [feel|have] [affection|love] for me
? [you have|you've got] my [heart|whole heart|love][ little fish| fishy|]
? [do u love me|do you luv me|u love me right|you love me, right]
? [do you love me back|do you love me as much as i love you|how much do you love me]
? [i love you so much, fishy|i love you more than pizza|i love you to the moon and back]
? [you're so sweet|you're a sweetheart|you're such a darling|you're a little angel]
? [i just want to squeeze you|i could just eat you up|you're too cute to handle]
? [i think i'm in love with you|i'm in love with a fish|i think i've fallen for you]
? [be mine|be my sweetheart|be my boo][ fishy| little fish|]
? [who's a good fish|who's the cutest fish|who's my precious], [you are|yes you]
? [i love you, do you love me|i like you a lot, do you like me]
? [xoxo fishy|smooches|kiss kiss|muah muah][ little fish|]
? [do you care about me|do you even care about me|does my fish care about me]
? [i love watching you|i love you, little guppy|i love my fish][ so much|]
? [you're the love of my life|you're my favourite thing in the world|you mean the world to me]
? [love you lots|love you loads|love ya, fishy|ily][ fishy|]
? [do you love your owner|do fish love their owners|can you love a human]
? [you're adorable, i love you|you're so cute, i love you|you're perfect and i love you]
? [i heart you|i love you heaps|i love you a ton|love you to bits and pieces]
? [do you love me or the food|is it me or the flakes you love|do you like me or just my food]
? [i adore you, fish|i absolutely adore you|you're adorable and i adore you]
? [*hugs the tank*|*hugs you through the glass*|*blows you a kiss*|*sends you a heart*]
? [will you love me forever|will you always love me|promise you'll love me]
? [do you like me even a little|do you like me a bit|be honest, do you like me]
? [ur so cute|ur the cutest|ur my fav|u r adorable]
= i love you. also food. but you bring the food, so you first.
= i love you too. i wiggle all over when you come close.
= yes. you are my favorite giant.
--
? what is love
? [what does love mean|how does love feel|can fish love|do fish fall in love]
? [tell me about|what do you think about|how do you feel about] [love|romance|hugs]
? [i am|i'm] in love[ with someone| with {name}|]
? [my|i miss my] [girlfriend|boyfriend|crush|wife|husband]
? do fish fall in love
? do you love anyone
? what do you love
? [have you ever been|were you ever] in love
? [what's|what is] [love|romance] [like for a fish|for a fish|to you]
? [i|i've] got a [crush|date|crush on someone][ tonight| at school| at work|]
? [i went on a date|i have a date tonight|i met someone]
? [do|can] [fish|guppies] [kiss|get married|have sweethearts]
? [how do you know|how can you tell] [if you're in love|it's love]
? [what do you|what things do you] [love most|love best|adore]
? [tell me|what is] [something|the thing] you love
? [is it|was it] love at first sight [for you|when we met|]
? [what's|what is] [true love|puppy love|first love|a soulmate][ to a fish|]
? [i'm|i am] [single|dating someone|in a relationship|getting married][ now| again|]
? [my partner and i|we] [just had|are celebrating] our [anniversary|first date|wedding]
? [i got|someone gave me] [roses|flowers|a love letter|chocolates] [today|for valentine's|]
? [how do i|how can i] [find love|get a date|tell if someone likes me]
? [do you believe in|is there such a thing as] [love at first sight|soulmates|true love]
? [do fish|do guppies] [pair up|mate for life|have partners|date]
? [what's love|whats love|wat is love|what is love to a fish]
? [how do you know you love someone|what does being in love feel like|what does love feel like to you]
? [i have a crush on someone at school|i like a boy in my class|i like a girl in my class]
? [i'm going on a first date|i have a date on friday|my date is tomorrow]
? [do guppies fall in love|do fish have crushes|can fish have a girlfriend|can fish have a boyfriend]
? [what do you love the most in the world|what do you love more than anything]
? [do you believe in love|is love real|is love real for fish]
? [have you ever had a crush|did you ever fancy another fish|have you ever loved another fish]
? [what makes you fall in love|what do you find attractive|what's your type]
? [how do you know it's true love|is it true love or just a crush]
? [i think i'm falling in love|i'm falling for someone|someone stole my heart]
? [should i tell my crush|how do i tell someone i like them|should i ask them out]
? [love is confusing|love is hard|romance is so complicated]
? [my wife and i are so in love|my husband and i just got engaged|my partner and i are moving in together]
? [what's the most romantic thing|what's romantic to a fish|how do fish flirt]
? [does a guppy get a valentine|would you send a valentine|who would be your valentine]
= love is when someone drops {food} in the water for you.
= i think i love the {thing}. it is always there for me.
= love is warm water and a full belly.
= fish love is quiet. we just swim near each other.
= i love {food}, bubbles and you. in that order. maybe.
+ love makes the water feel warmer.
+ i do a happy loop when i see you.
+ my little heart goes fast.
"""
