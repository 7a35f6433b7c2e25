package id.canting.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Region names are written as the ministry's publications write them, not in the list's capitals. */
class RegionNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "KOTA PEKALONGAN|Kota Pekalongan", "JAWA TENGAH|Jawa Tengah",
			"DKI JAKARTA|DKI Jakarta", "DAERAH ISTIMEWA YOGYAKARTA|DI Yogyakarta",
			"KEPULAUAN BANGKA BELITUNG|Kepulauan Bangka Belitung",
			"KABUPATEN PANGKAJENE DAN KEPULAUAN|Kabupaten Pangkajene dan Kepulauan",
			"KOTA ADMINISTRASI JAKARTA PUSAT|Kota Administrasi Jakarta Pusat", "  KOTA   BAU BAU |Kota Bau Bau" })
	void writesANameInPublicationCase(String official, String published) {
		assertThat(RegionNames.publicationCase(official)).isEqualTo(published);
	}

	@Test
	void aNameAlreadyWrittenSoStaysAsItIs() {
		for (String name : List.of("Kota Pekalongan", "DI Yogyakarta", "DKI Jakarta", "Kabupaten Pangkajene dan Kepulauan")) {
			assertThat(RegionNames.publicationCase(name)).isEqualTo(name);
		}
	}

	@Test
	void noNameOfTheShippedListKeepsAWordInCapitalsButTheAbbreviations() throws IOException {
		for (String file : List.of("data/regions/provinces.csv", "data/regions/regencies.csv")) {
			String csv = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
			csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
				String name = line.substring(line.lastIndexOf(',') + 1);
				String published = RegionNames.publicationCase(name);
				assertThat(published.replaceAll("\\b(DKI|DI)\\b", "")).as(name).doesNotContainPattern("\\p{Lu}{2}");
				assertThat(published).as(name).isEqualToIgnoringCase(name.strip().replaceFirst("^DAERAH ISTIMEWA ", "DI "));
			});
		}
	}
}
