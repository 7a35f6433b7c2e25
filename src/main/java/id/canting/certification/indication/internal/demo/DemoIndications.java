package id.canting.certification.indication.internal.demo;

import java.time.LocalDate;
import java.util.List;

import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgInput;
import id.canting.certification.IgStage;

/**
 * The demo geographical indications: the batik indications named in domain-facts.md. Only Batik
 * Tulis Tenun Gedhog Tuban has sourced stage dates (substantive examination 12 Aug 2025, certificate
 * handed over 12 Nov 2025); no source gave the earlier indications' dates or any registration number,
 * so those stay empty rather than invented. Regencies are the indications' home regencies.
 */
final class DemoIndications {

	private DemoIndications() {
	}

	record DemoIndication(IgInput input, List<Stage> stages, int membersPerRegency) {
	}

	record Stage(IgStage stage, LocalDate on) {
	}

	static List<DemoIndication> all() {
		return List.of(
				new DemoIndication(new IgInput("Batik Tulis Tenun Gedhog Tuban", "Kain batik tulis di atas tenun gedhog",
						"Masyarakat Perlindungan Indikasi Geografis Batik Tulis Tenun Gedhog Tuban", List.of("35.23"),
						new IgDescription(
								"Batik tulis dibuat di atas kain tenun gedhog, tenunan tangan dari kapas setempat.",
								"Kapas pesisir utara Tuban dan keterampilan menenun serta membatik turun-temurun.",
								"Kabupaten Tuban, Jawa Timur.", "Tradisi tenun dan batik di Kecamatan Kerek.",
								"Memintal, menenun gedhog, membatik dengan canting, mewarnai, melorod.", null, null),
						null),
						List.of(new Stage(IgStage.SUBSTANTIVE_EXAMINATION, LocalDate.of(2025, 8, 12)),
								new Stage(IgStage.REGISTERED, LocalDate.of(2025, 11, 12))),
						8),
				new DemoIndication(new IgInput("Batik Tulis Nitik Yogyakarta", "Kain batik tulis motif nitik",
						"Masyarakat Perlindungan Indikasi Geografis Batik Tulis Nitik Yogyakarta",
						List.of("34.02", "34.04", "34.71"), IgDescription.empty(), null), List.of(), 2),
				new DemoIndication(new IgInput("Batik Besurek Bengkulu", "Kain batik besurek",
						"Masyarakat Perlindungan Indikasi Geografis Batik Besurek Bengkulu", List.of("17.71"),
						IgDescription.empty(), null), List.of(), 2),
				new DemoIndication(new IgInput("Sarung Batik Pekalongan", "Sarung batik",
						"Masyarakat Perlindungan Indikasi Geografis Sarung Batik Pekalongan", List.of("33.26", "33.75"),
						IgDescription.empty(), null), List.of(), 2),
				new DemoIndication(new IgInput("Batik Tulis Complongan Indramayu", "Kain batik tulis complongan",
						"Masyarakat Perlindungan Indikasi Geografis Batik Tulis Complongan Indramayu", List.of("32.12"),
						IgDescription.empty(), null), List.of(), 2));
	}
}
