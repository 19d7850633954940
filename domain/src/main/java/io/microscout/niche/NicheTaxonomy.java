package io.microscout.niche;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MicroScout's niche taxonomy: 20 content niches, each with a label, a description for semantic matching and a
 * weighted vocabulary (English first, with common Spanish, Portuguese, German and French terms). The ids are
 * shared with the catalog generator and the search index. The list follows the categories the influencer
 * platforms expose to marketers (Instagram's creator categories, YouTube's video categories, and the niche
 * filters of HypeAuditor/Modash), merged to 20 that a brief can name without overlap.
 */
public final class NicheTaxonomy {
    private static final Map<String, Niche> NICHES = new LinkedHashMap<>();

    static {
        add(
                "beauty",
                "Beauty",
                "Skincare, makeup, cosmetics, hair care and nails: routines, product reviews and tutorials.",
                "skincare, skin care, makeup, make-up, cosmetics, beauty, serum, moisturizer, moisturiser, sunscreen, spf,"
                        + " lipstick, mascara, foundation:0.6, concealer, eyeliner, skincareroutine, glowingskin, acne, retinol,"
                        + " niacinamide, hyaluronic, haircare, nails, nailart, manicure, perfume:0.6, fragrance:0.6, cleanser,"
                        + " toner:0.6, motd, grwm, maquillaje, maquiagem, cuidado de la piel, skinpflege, hautpflege, soin visage,"
                        + " maquillage, beleza, belleza");
        add(
                "fashion",
                "Fashion",
                "Clothing, outfits, style, streetwear, accessories and shoe trends.",
                "fashion, outfit, ootd, style:0.6, streetwear, wardrobe, outfitinspo, lookbook, dress:0.6, sneakers,"
                        + " handbag, accessories:0.6, vintage:0.5, thrift, thrifted, denim, fashionblogger, styling, mode:0.6,"
                        + " moda, tenue, look:0.4, runway, designer:0.5, jewelry, jewellery, capsule wardrobe, whatiwore");
        add(
                "fitness",
                "Fitness",
                "Workouts, gym training, running, strength, yoga practice and exercise routines.",
                "fitness, workout, gym, training:0.6, exercise, strength, hiit, cardio, squat, deadlift, gains,"
                        + " fitfam, fitnessmotivation, personal trainer, bodybuilding, crossfit, pilates, running:0.7, marathon,"
                        + " run:0.4, legday, treino, entrenamiento, ejercicio, muskel, sport:0.3, abs, fitspo, yoga:0.6");
        add(
                "food",
                "Food and cooking",
                "Recipes, cooking, baking, restaurants and food reviews.",
                "recipe, recipes, cooking, baking, food, foodie, dinner, lunch:0.6, breakfast:0.6, dessert, homemade,"
                        + " kitchen:0.5, chef, restaurant, delicious, yummy, foodporn, instafood, bake, cake, pasta, vegan recipes,"
                        + " mealprep, meal prep, receta, receita, rezept, recette, cuisine, comida, cocina");
        add(
                "travel",
                "Travel",
                "Trips, destinations, hotels, backpacking, road trips and travel guides.",
                "travel, traveling, travelling, wanderlust, trip, vacation, holiday:0.6, destination, hotel, backpacking,"
                        + " roadtrip, road trip, explore:0.5, passport, flight:0.6, beach:0.5, island:0.5, itinerary, travelgram,"
                        + " instatravel, viaje, viagem, reise, voyage, travelblogger, digital nomad, sightseeing");
        add(
                "parenting",
                "Parenting and family",
                "Life as a parent: babies, kids, pregnancy, motherhood and family life.",
                "parenting, mom, mum, mama, dad, motherhood, fatherhood, baby, babies, toddler, kids, newborn,"
                        + " pregnancy, pregnant, momlife, dadlife, family:0.5, breastfeeding, postpartum, mommyblogger, maternidad,"
                        + " maternidade, mamãe, familie, bébé, maman, children:0.6, homeschool");
        add(
                "pets",
                "Pets and animals",
                "Dogs, cats and other pets: care, training, funny moments and adoption.",
                "dog, dogs, puppy, cat, cats, kitten, pet, pets, dogsofinstagram, catsofinstagram, doglover, catlover,"
                        + " adopt:0.5, rescue:0.5, vet:0.5, petcare, animals:0.6, perro, gato, cachorro, hund, katze, chien,"
                        + " chat:0.3, aquarium, horse:0.6, parrot");
        add(
                "gaming",
                "Gaming",
                "Video games, streaming, esports, consoles, PC gaming and game reviews.",
                "gaming, gamer, games, videogames, video games, twitch, stream:0.6, streamer, esports, playstation, ps5,"
                        + " xbox, nintendo, switch:0.3, minecraft, fortnite, valorant, league of legends, pcgaming, gameplay,"
                        + " let's play, speedrun, rpg, fps:0.6, roblox, jogos, videojuegos, spiele, jeux");
        add(
                "tech",
                "Technology",
                "Gadgets, smartphones, computers, software, reviews and tech news.",
                "tech, technology, gadget, gadgets, smartphone, iphone:0.5, android:0.7, laptop, pc:0.5, unboxing, review:0.3,"
                        + " software, coding, programming, developer, ai, artificial intelligence, apple:0.4, samsung, setup:0.4,"
                        + " techreview, keyboard:0.5, headphones, camera:0.3, tecnologia, tecnología, technik, technologie");
        add(
                "home",
                "Home and interiors",
                "Interior design, home decor, DIY, renovation, gardening and organisation.",
                "home, homedecor, home decor, interior, interiors, interiordesign, interior design, decor, diy, renovation,"
                        + " cozy, cosy, livingroom, bedroom:0.6, furniture, gardening, garden:0.7, plants:0.5, houseplants,"
                        + " organization, organisation, cleaning, declutter, decoração, decoración, wohnen, déco, maison");
        add(
                "finance",
                "Personal finance",
                "Money, saving, budgeting, investing, stocks, crypto and financial independence.",
                "finance, money, investing, investment, stocks, stock market, budget, budgeting, saving, savings, crypto,"
                        + " bitcoin, personal finance, financial freedom, fire:0.3, passive income, wealth, debt, retirement,"
                        + " etf, dividends, side hustle, finanzas, finanças, dinero, dinheiro, geld, finanzen, argent");
        add(
                "wellness",
                "Wellness and self-care",
                "Mental health, self-care, mindfulness, meditation, sleep and healthy living.",
                "wellness, wellbeing, well-being, selfcare, self care, self-care, mindfulness, meditation, mental health,"
                        + " healthy, healthyliving, holistic, yoga:0.6, breathwork, gratitude, sleep:0.5, anxiety:0.6, therapy:0.6,"
                        + " journaling, nutrition:0.7, natural:0.4, organic:0.4, bienestar, bem-estar, achtsamkeit, bien-être");
        add(
                "sports",
                "Sports",
                "Football, basketball, tennis, athletes, matches, teams and sports commentary.",
                "sports, football, soccer, basketball, nba, nfl, tennis, golf, baseball, cricket, rugby, hockey, athlete,"
                        + " match:0.5, team:0.4, goal:0.4, league:0.6, championship, fútbol, futebol, fußball, fussball, olympics,"
                        + " wwe, wrestling, boxing, mma, ufc, cycling:0.6");
        add(
                "music",
                "Music",
                "Songs, musicians, singing, instruments, concerts, DJs and music production.",
                "music, song, songs, singer, singing, musician, guitar, piano, drums, band, concert, album, newmusic,"
                        + " cover:0.4, rapper, hiphop, hip hop, dj, producer:0.5, beats, lyrics, spotify, kpop, música, musica,"
                        + " musik, musique, live music, records");
        add(
                "art",
                "Art and design",
                "Drawing, painting, illustration, crafts, design and creative work.",
                "art, artist, artwork, drawing, painting, illustration, sketch, watercolor, watercolour, digitalart,"
                        + " digital art, design:0.5, crafts, handmade, pottery, ceramics, sculpture, calligraphy, tattoo:0.6,"
                        + " procreate, arte, kunst, dessin, peinture, creative:0.4");
        add(
                "photography",
                "Photography",
                "Photos and photographers: cameras, lenses, editing, landscapes and portraits.",
                "photography, photographer, photo:0.4, camera, lens, canon, nikon, sony alpha, lightroom, portrait:0.6,"
                        + " landscape:0.5, streetphotography, street photography, shotoniphone, filmphotography, 35mm, golden hour,"
                        + " photooftheday, fotografia, fotografía, fotografie, photographie, drone:0.5");
        add(
                "education",
                "Education",
                "Learning, teaching, study tips, science explainers, languages and how-to lessons.",
                "education, learning, learn, teacher, teaching, study, studying, student, school:0.6, university,"
                        + " science, math, maths, history:0.5, tutorial:0.6, lesson, explained, studygram, language learning,"
                        + " kids songs:0.6, nursery rhymes:0.7, educación, educação, bildung, lernen, apprendre, éducation");
        add(
                "automotive",
                "Cars and motoring",
                "Cars, motorbikes, car reviews, modifications, racing and road tests.",
                "car, cars, carsofinstagram, automotive, auto:0.6, motorcycle, motorbike, supercar, jdm, racing:0.7,"
                        + " formula 1, f1, tesla, bmw, porsche, engine, test drive, carreview, detailing, coche, carro,"
                        + " voiture, drift, trucks:0.6, vehicles");
        add(
                "outdoors",
                "Outdoors and adventure",
                "Hiking, camping, climbing, nature, surfing and outdoor adventure.",
                "outdoors, outdoor, hiking, hike, camping, climbing, mountains, mountain:0.6, nature:0.6, trail, adventure:0.6,"
                        + " backpacking:0.6, surfing, surf, ski, skiing, snowboard, kayak, fishing, national park, wilderness,"
                        + " senderismo, trilha, wandern, randonnée, naturaleza");
        add(
                "entertainment",
                "Entertainment and comedy",
                "Comedy, sketches, pranks, celebrities, film, TV shows and pop culture.",
                "entertainment, comedy, funny, humor, humour, memes, meme, prank, sketch:0.5, skit, vlog:0.5, challenge:0.5,"
                        + " movie, movies, film:0.6, tv show, series:0.4, celebrity, pop culture, trailer, reaction, standup,"
                        + " comedia, comédia, humor, lustig, drôle, drama:0.4, animation:0.6, cartoon");
    }

    private NicheTaxonomy() {}

    private static void add(String id, String label, String description, String vocabulary) {
        NICHES.put(id, new Niche(id, label, description, Vocabulary.parse(vocabulary)));
    }

    public static List<Niche> all() {
        return List.copyOf(NICHES.values());
    }

    public static Optional<Niche> find(String id) {
        return Optional.ofNullable(id == null ? null : NICHES.get(id.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The niche of that id; throws naming the known ids otherwise. */
    public static Niche get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "\"" + id + "\" is not a niche; expected one of " + String.join(", ", NICHES.keySet())));
    }

    public static Map<String, Vocabulary> vocabularies() {
        Map<String, Vocabulary> m = new LinkedHashMap<>();
        NICHES.forEach((id, n) -> m.put(id, n.vocabulary()));
        return m;
    }
}
