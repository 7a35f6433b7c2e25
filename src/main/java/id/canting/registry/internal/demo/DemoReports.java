package id.canting.registry.internal.demo;

import java.util.List;
import java.util.Random;

import id.canting.registry.IkmInput;
import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportInput;

/**
 * The demo IKM's semester reports for {@link #SEMESTER}: which IKM reported and how far their report
 * got, and figures that fit each IKM. Workers are the IKM's registry workers, so the workforce by
 * semester reports agrees with the registry's 200,000 of the article; investment is the registry
 * value too. Deterministic: a fixed seed, consumed in registration order.
 */
final class DemoReports {

	static final Semester SEMESTER = new Semester(2024, 1);
	static final String RETURN_REASON = "Nilai penjualan ekspor belum sesuai dokumen PEB; mohon diperbaiki.";

	private final Random random = new Random(DemoDataset.SEED + 1);

	/**
	 * One IKM in ten has not reported (the compliance page has work), one in ten waits in the review
	 * queue, one in forty was returned for correction; the rest were accepted. The first IKM has no
	 * report, so a registry edit of it shows in both workforce figures.
	 *
	 * @return how far the report of the IKM registered at {@code position} got, or {@code null} for none
	 */
	static ReportStatus outcome(int position) {
		if (position % 10 == 0) {
			return null;
		}
		if (position % 10 == 5) {
			return ReportStatus.SUBMITTED;
		}
		return position % 40 == 7 ? ReportStatus.RETURNED : ReportStatus.ACCEPTED;
	}

	/**
	 * Plausible half-year figures: installed capacity from the registry's monthly capacity (or a few
	 * pieces per worker a day when it is unknown), 55-90% of it produced, raw materials and sales per
	 * piece by technique (tulis dearest), and exports for about one IKM in twelve.
	 */
	SemesterReportInput figuresFor(IkmInput ikm) {
		int workers = ikm.workersMale() + ikm.workersFemale();
		List<String> techniques = ikm.techniques();
		boolean tulisOnly = techniques.size() == 1 && techniques.contains("TULIS");
		long capacity = ikm.capacityPerMonth() != null ? ikm.capacityPerMonth() * 6L
				: workers * (tulisOnly ? 4L : 20L) * 6L;
		long production = Math.round(capacity * (0.55 + 0.35 * random.nextDouble()));
		long pricePerPiece = tulisOnly ? 250_000 + random.nextInt(750_001) : 60_000 + random.nextInt(140_001);
		long sales = round(production * pricePerPiece);
		long rawMaterials = round(sales * (0.25 + 0.15 * random.nextDouble()));
		long export = random.nextInt(12) == 0 ? round(sales * (0.05 + 0.25 * random.nextDouble())) : 0;
		int machines = Math.max(1, workers / 4 + random.nextInt(3));
		return new SemesterReportInput(SEMESTER.toString(), ikm.workersMale(), ikm.workersFemale(), production,
				capacity, ikm.investmentIdr(), rawMaterials, sales - export, export, machines);
	}

	/** To the thousand rupiah, as reports are written. */
	private static long round(double idr) {
		return Math.round(idr / 1_000) * 1_000;
	}
}
