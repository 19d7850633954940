package io.microscout.bench.discover;

import java.util.List;
import java.util.SplittableRandom;

/** Words of the synthetic catalog: a small vocabulary per niche and common caption filler. */
final class NicheVocabulary {

    private static final String[][] NICHES = {
            {"beauty", "skincare", "makeup", "serum", "lipstick", "crueltyfree", "foundation", "moisturizer", "glow", "mascara", "retinol", "spf", "blush", "cleanser"},
            {"fashion", "outfit", "style", "streetwear", "denim", "sneakers", "vintage", "dress", "ootd", "lookbook", "tailoring", "accessories", "thrift", "runway"},
            {"fitness", "workout", "gym", "hiit", "strength", "cardio", "protein", "squat", "deadlift", "pilates", "mobility", "gains", "trainer", "kettlebell"},
            {"food", "recipe", "baking", "vegan", "dinner", "pasta", "brunch", "dessert", "sourdough", "mealprep", "spicy", "kitchen", "chef", "plantbased"},
            {"travel", "wanderlust", "backpacking", "beach", "roadtrip", "hotel", "itinerary", "mountains", "island", "passport", "adventure", "citybreak", "hostel", "flight"},
            {"parenting", "mom", "dad", "toddler", "baby", "family", "momlife", "newborn", "homeschool", "kids", "pregnancy", "bedtime", "playtime", "nursery"},
            {"pets", "dog", "cat", "puppy", "kitten", "doglover", "rescue", "adoptdontshop", "petfood", "grooming", "catlife", "vet", "leash", "fetch"},
            {"gaming", "gamer", "twitch", "esports", "fps", "rpg", "console", "speedrun", "minecraft", "fortnite", "controller", "stream", "indiegame", "retro"},
            {"tech", "gadget", "smartphone", "laptop", "unboxing", "review", "ai", "coding", "setup", "headphones", "android", "iphone", "smarthome", "software"},
            {"home", "interior", "decor", "diy", "renovation", "cozy", "plants", "minimalist", "furniture", "organization", "scandi", "livingroom", "makeover", "candles"},
            {"finance", "investing", "stocks", "budget", "savings", "crypto", "money", "frugal", "retirement", "dividends", "sidehustle", "debtfree", "etf", "wealth"},
            {"music", "singer", "guitar", "producer", "cover", "concert", "songwriter", "beats", "piano", "album", "vinyl", "rapper", "festival", "playlist"},
            {"sports", "football", "soccer", "basketball", "running", "marathon", "cycling", "tennis", "athlete", "training", "match", "goal", "team", "race"},
            {"art", "painting", "illustration", "drawing", "artist", "sketch", "watercolor", "digitalart", "canvas", "gallery", "ceramics", "procreate", "mural", "portrait"},
            {"books", "bookstagram", "reading", "novel", "booktok", "fantasy", "thriller", "library", "author", "bookclub", "romance", "poetry", "tbr", "classics"},
            {"automotive", "cars", "carguy", "supercar", "detailing", "engine", "jdm", "motorsport", "electricvehicle", "tesla", "restoration", "drift", "garage", "turbo"},
            {"wellness", "mindfulness", "meditation", "yoga", "mentalhealth", "selfcare", "sleep", "nutrition", "holistic", "breathwork", "healing", "journaling", "gratitude", "balance"},
            {"photography", "photographer", "camera", "lens", "portraits", "landscape", "lightroom", "filmphotography", "golden", "composition", "street", "drone", "canon", "sony"},
            {"outdoors", "hiking", "camping", "trail", "climbing", "kayak", "nature", "wilderness", "backcountry", "fishing", "national", "summit", "gear", "sunrise"},
            {"sustainability", "ecofriendly", "zerowaste", "sustainable", "recycling", "upcycle", "climate", "organic", "reusable", "secondhand", "compost", "slowfashion", "solar", "plasticfree"},
    };

    private static final String[] COMMON = {
            "love", "today", "new", "day", "life", "happy", "week", "best", "time", "link", "bio", "favorite",
            "morning", "weekend", "collab", "giveaway", "thank", "friends", "tips", "share", "video", "post",
            "story", "follow", "comment", "excited", "summer", "winter", "finally", "vibes", "goals", "ad",
            "partner", "routine", "must", "try", "little", "big", "journey", "community",
    };

    private NicheVocabulary() {
    }

    static List<String> niches() {
        return java.util.Arrays.stream(NICHES).map(words -> words[0]).toList();
    }

    static String niche(int i) {
        return NICHES[i][0];
    }

    static String[] words(int niche) {
        return NICHES[niche];
    }

    /** A biography and some captions: ~60% primary-niche words, ~15% second niche, the rest filler, with hashtags. */
    static String text(SplittableRandom r, int primary, int secondary) {
        int words = 24 + r.nextInt(24);
        StringBuilder sb = new StringBuilder(words * 9);
        for (int w = 0; w < words; w++) {
            double x = r.nextDouble();
            String word = x < 0.6 ? draw(r, NICHES[primary])
                    : x < 0.75 && secondary >= 0 ? draw(r, NICHES[secondary])
                    : COMMON[r.nextInt(COMMON.length)];
            sb.append(r.nextDouble() < 0.15 ? "#" : "").append(word).append(w % 9 == 8 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    /** Skewed draw (earlier words are more frequent), as word use is Zipf-like. */
    static String draw(SplittableRandom r, String[] words) {
        double u = r.nextDouble();
        return words[(int) (words.length * u * u)];
    }
}
