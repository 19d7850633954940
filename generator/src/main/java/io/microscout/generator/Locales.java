package io.microscout.generator;

import java.util.SplittableRandom;

/**
 * Where creators live and what they write in. Country shares are an ASSUMPTION (an English-led catalog with
 * strong Spanish, Portuguese, German and French markets); a creator outside the English-speaking countries
 * writes in English with probability {@link #ENGLISH_ABROAD}, else in the country's language.
 */
final class Locales {
    static final double ENGLISH_ABROAD = 0.15;

    private static final String[] COUNTRIES = {
        "US", "GB", "CA", "AU", "IN", "NG", "DE", "AT", "CH", "FR", "BE", "ES", "MX", "AR", "BR", "PT"
    };
    private static final double[] WEIGHTS = {
        0.26, 0.07, 0.05, 0.04, 0.08, 0.03, 0.08, 0.01, 0.01, 0.07, 0.02, 0.06, 0.07, 0.03, 0.10, 0.02
    };
    private static final String[] LANGUAGES = {
        "en", "en", "en", "en", "en", "en", "de", "de", "de", "fr", "fr", "es", "es", "es", "pt", "pt"
    };
    private static final String[][] PLACES = {
        {"New York", "Austin", "Chicago", "Seattle", "Miami"},
        {"London", "Manchester", "Edinburgh", "Bristol"},
        {"Toronto", "Vancouver", "Montreal"},
        {"Sydney", "Melbourne", "Brisbane"},
        {"Mumbai", "Delhi", "Bengaluru", "Jaipur"},
        {"Lagos", "Abuja"},
        {"Berlin", "München", "Hamburg", "Köln"},
        {"Wien", "Salzburg"},
        {"Zürich", "Bern"},
        {"Paris", "Lyon", "Marseille", "Bordeaux"},
        {"Bruxelles", "Liège"},
        {"Madrid", "Barcelona", "Sevilla", "Valencia"},
        {"Ciudad de México", "Guadalajara", "Oaxaca"},
        {"Buenos Aires", "Córdoba"},
        {"São Paulo", "Rio de Janeiro", "Salvador", "Florianópolis"},
        {"Lisboa", "Porto"}
    };

    private static final String[] EN_FIRST = {
        "Emma", "Olivia", "Ava", "Mia", "Chloe", "Grace", "Lily", "Zoe", "Noah", "Liam", "Ethan", "Mason", "Lucas",
        "Jack", "Ryan", "Priya", "Aisha", "Arjun", "Maya", "Sam", "Jordan", "Taylor", "Chris", "Hannah", "Leah", "Ben",
        "Nia", "Tobi", "Kemi", "Rohan"
    };
    private static final String[] EN_LAST = {
        "Smith", "Johnson", "Brown", "Taylor", "Walker", "Wright", "Evans", "Carter", "Hughes", "Patel", "Sharma",
        "Okafor", "Adeyemi", "Nguyen", "Kim", "Murphy", "Reid", "Bennett", "Foster", "Hayes"
    };
    private static final String[] ES_FIRST = {
        "Lucía",
        "Sofía",
        "Valentina",
        "Camila",
        "María",
        "Martina",
        "Diego",
        "Mateo",
        "Santiago",
        "Javier",
        "Pablo",
        "Alejandro",
        "Carmen",
        "Elena",
        "Andrés"
    };
    private static final String[] ES_LAST = {
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Romero",
        "Torres"
    };
    private static final String[] PT_FIRST = {
        "Ana",
        "Beatriz",
        "Júlia",
        "Mariana",
        "Larissa",
        "Gabriela",
        "Lucas",
        "Pedro",
        "Gabriel",
        "Rafael",
        "Thiago",
        "Bruno",
        "Camila",
        "Fernanda"
    };
    private static final String[] PT_LAST = {
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Costa",
        "Pereira",
        "Almeida",
        "Ferreira",
        "Rodrigues",
        "Lima",
        "Carvalho"
    };
    private static final String[] DE_FIRST = {
        "Lena",
        "Hannah",
        "Lea",
        "Anna",
        "Marie",
        "Sophie",
        "Lukas",
        "Jonas",
        "Felix",
        "Leon",
        "Paul",
        "Maximilian",
        "Julia",
        "Katharina"
    };
    private static final String[] DE_LAST = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch", "Richter"
    };
    private static final String[] FR_FIRST = {
        "Chloé", "Léa", "Manon", "Camille", "Inès", "Louise", "Lucas", "Hugo", "Louis", "Jules", "Théo", "Nathan",
        "Élise", "Margaux"
    };
    private static final String[] FR_LAST = {
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent"
    };

    private Locales() {}

    /** Index of a country drawn by the weights above. */
    static int drawCountry(SplittableRandom rng) {
        double u = rng.nextDouble();
        double acc = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            acc += WEIGHTS[i];
            if (u < acc) {
                return i;
            }
        }
        return 0;
    }

    static String country(int index) {
        return COUNTRIES[index];
    }

    static String countryLanguage(int index) {
        return LANGUAGES[index];
    }

    static String place(int index, SplittableRandom rng) {
        return pick(PLACES[index], rng);
    }

    static String firstName(String language, SplittableRandom rng) {
        return pick(byLanguage(language, ES_FIRST, PT_FIRST, DE_FIRST, FR_FIRST, EN_FIRST), rng);
    }

    static String lastName(String language, SplittableRandom rng) {
        return pick(byLanguage(language, ES_LAST, PT_LAST, DE_LAST, FR_LAST, EN_LAST), rng);
    }

    /** The names of that language: Spanish, Portuguese, German, French, else English. */
    private static String[] byLanguage(
            String language, String[] es, String[] pt, String[] de, String[] fr, String[] en) {
        return switch (language) {
            case "es" -> es;
            case "pt" -> pt;
            case "de" -> de;
            case "fr" -> fr;
            default -> en;
        };
    }

    static <T> T pick(T[] options, SplittableRandom rng) {
        return options[rng.nextInt(options.length)];
    }
}
