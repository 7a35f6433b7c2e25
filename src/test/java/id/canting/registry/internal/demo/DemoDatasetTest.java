package id.canting.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.canting.region.Regency;
import id.canting.region.RegencyKind;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmRules;
import id.canting.registry.SentraInput;
import id.canting.registry.SentraRules;
import id.canting.registry.internal.demo.DemoDataset.DemoIkm;

/** The demo dataset reproduces the article's figures, is coherent, and passes the registry rules. */
class DemoDatasetTest {

	private static List<Regency> regencies;
	private static DemoDataset dataset;

	@BeforeAll
	static void generate() throws IOException {
		regencies = readRegencies();
		dataset = DemoDataset.generate(regencies);
	}

	@Test
	void reproducesTheArticlesHeadlineFigures() {
		assertThat(dataset.sentra()).hasSize(201);
		assertThat(dataset.ikm()).hasSize(5_946);
		assertThat(dataset.ikm().stream().mapToInt(ikm -> workers(ikm.input())).sum()).isEqualTo(200_000);
		assertThat(dataset.ikm().stream().map(ikm -> province(ikm.input().regencyCode())).distinct())
			.containsExactlyInAnyOrder("33", "35", "34", "15", "32", "31", "64", "16", "63", "72", "51");
	}

	@Test
	void placesSentraPerProvinceAsTheBpsDirectoryCounts() {
		Map<String, Long> perProvince = dataset.sentra()
			.stream()
			.collect(Collectors.groupingBy(s -> province(s.regencyCode()), Collectors.counting()));

		assertThat(perProvince).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("33", 72L),
				Map.entry("35", 62L), Map.entry("34", 23L), Map.entry("15", 20L), Map.entry("32", 16L),
				Map.entry("31", 2L), Map.entry("64", 2L), Map.entry("16", 1L), Map.entry("63", 1L), Map.entry("72", 1L),
				Map.entry("51", 1L)));
	}

	@Test
	void putsSentraInTheKnownBatikCentres() {
		Map<String, String> nameByCode = regencies.stream().collect(Collectors.toMap(Regency::code, Regency::name));
		List<String> places = dataset.sentra().stream().map(s -> nameByCode.get(s.regencyCode())).toList();

		assertThat(places).contains("KOTA PEKALONGAN", "KABUPATEN PEKALONGAN", "KOTA SURAKARTA", "KABUPATEN REMBANG",
				"KABUPATEN BANTUL", "KABUPATEN TUBAN", "KABUPATEN PAMEKASAN", "KABUPATEN CIREBON", "KOTA JAMBI");
	}

	@Test
	void givesEverySentraAtLeastFiveMembersFromItsOwnRegency() {
		int[] members = new int[dataset.sentra().size()];
		for (DemoIkm ikm : dataset.ikm()) {
			if (ikm.sentraIndex() != null) {
				members[ikm.sentraIndex()]++;
				assertThat(ikm.input().regencyCode())
					.isEqualTo(dataset.sentra().get(ikm.sentraIndex()).regencyCode());
			}
		}

		assertThat(Arrays.stream(members).min().orElseThrow()).isGreaterThanOrEqualTo(SentraRules.MINIMUM_MEMBERS);
		long memberCount = dataset.ikm().stream().filter(ikm -> ikm.sentraIndex() != null).count();
		assertThat(memberCount / 5_946.0).isBetween(0.80, 0.90);
	}

	@Test
	void keepsNibsAndSentraCodesUnique() {
		List<String> nibs = dataset.ikm().stream().map(ikm -> ikm.input().nib()).filter(Objects::nonNull).toList();
		List<String> codes = dataset.sentra().stream().map(SentraInput::code).toList();

		assertThat(nibs).doesNotHaveDuplicates().hasSizeGreaterThan(5_300);
		assertThat(codes).doesNotHaveDuplicates();
	}

	@Test
	void passesTheSameRulesAsUserInput() {
		for (SentraInput sentra : dataset.sentra()) {
			assertThatCode(() -> SentraRules.check(sentra)).as(sentra.code()).doesNotThrowAnyException();
		}
		for (DemoIkm ikm : dataset.ikm()) {
			IkmInput input = ikm.sentraIndex() == null ? ikm.input() : ikm.withSentraId(1L);
			assertThatCode(() -> IkmRules.check(input)).as(input.name()).doesNotThrowAnyException();
		}
	}

	@Test
	void includesPrisonUnitsOutsideSentraAndCooperatives() {
		Map<String, List<DemoIkm>> byKind = dataset.ikm()
			.stream()
			.collect(Collectors.groupingBy(ikm -> ikm.input().kind()));

		assertThat(byKind.get(IkmKind.PRISON_UNIT.name())).hasSizeBetween(12, 20)
			.allSatisfy(ikm -> assertThat(ikm.sentraIndex()).isNull());
		assertThat(byKind.get(IkmKind.COOPERATIVE.name())).hasSize(DemoDataset.COOPERATIVES)
			.allSatisfy(ikm -> assertThat(ikm.input().name()).startsWith("Koperasi Batik "));
	}

	@Test
	void employsMostlyWomen() {
		int female = dataset.ikm().stream().mapToInt(ikm -> ikm.input().workersFemale()).sum();

		assertThat(female / 200_000.0).isBetween(0.60, 0.70);
		assertThat(dataset.ikm()).allSatisfy(ikm -> assertThat(workers(ikm.input())).isPositive());
	}

	@Test
	void isTheSameOnEveryGeneration() {
		// The caller's order must not matter either: the region module might list them differently.
		List<Regency> reversed = new ArrayList<>(regencies);
		Collections.reverse(reversed);
		DemoDataset again = DemoDataset.generate(reversed);

		assertThat(again.sentra()).isEqualTo(dataset.sentra());
		assertThat(again.ikm()).isEqualTo(dataset.ikm());
	}

	private static int workers(IkmInput input) {
		return input.workersMale() + input.workersFemale();
	}

	private static String province(String regencyCode) {
		return Regency.provinceOf(regencyCode);
	}

	/** The 514 regencies from the region data file, as the region module would give them. */
	private static List<Regency> readRegencies() throws IOException {
		try (InputStream in = DemoDatasetTest.class.getResourceAsStream("/data/regions/regencies.csv");
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
			List<Regency> result = reader.lines().skip(1).filter(line -> !line.isBlank()).map(toRegency()).toList();
			assertThat(result).hasSize(514);
			return result;
		}
	}

	private static Function<String, Regency> toRegency() {
		return line -> {
			String[] fields = line.split(",", 3);
			int number = Integer.parseInt(fields[0].substring(3));
			return new Regency(fields[0], fields[1], fields[2].strip(),
					number >= 71 ? RegencyKind.KOTA : RegencyKind.KABUPATEN);
		};
	}
}
