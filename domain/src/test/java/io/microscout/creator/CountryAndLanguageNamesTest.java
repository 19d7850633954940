package io.microscout.creator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryAndLanguageNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Spain;ES",
                "united states;US",
                "USA;US",
                "us;US",
                "GBR;GB",
                "United Kingdom;GB",
                "UK;GB",
                "South Korea;KR",
                "Russia;RU",
                "Turkey;TR",
                "Türkiye;TR",
                "Czech Republic;CZ",
                "Vietnam;VN",
                "Côte d'Ivoire;CI",
                "Cote d’Ivoire;CI",
                "Ivory Coast;CI",
                "British Virgin Islands;VG",
                "Bosnia & Herzegovina;BA",
                "Puerto Rico;PR",
                "Anguilla;AI",
                "United Arab Emirates;AE",
                " Brazil ;BR"
            })
    void countryNamesAndCodesGiveAlpha2(String written, String code) {
        assertThat(CountryNames.code(written)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "CÃ´te d'Ivoire", "Europe", "XX"})
    void unknownCountriesAreNullForTheCallerToReport(String written) {
        assertThat(CountryNames.code(written)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "en;en",
                "EN;en",
                "English;en",
                "german;de",
                "deu;de",
                "Portuguese;pt",
                "en-US;en",
                "pt_BR;pt",
                "Mandarin;zh",
                "fil;tl",
                "Hebrew;he",
                "iw;he",
                "Indonesian;id",
                "Farsi;fa"
            })
    void languageNamesAndCodesGiveIso6391(String written, String code) {
        assertThat(LanguageNames.code(written)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Klingon", "xx-YY", "Elvish"})
    void unknownLanguagesAreNull(String written) {
        assertThat(LanguageNames.code(written)).isNull();
    }
}
