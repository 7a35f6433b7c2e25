package id.canting.trade.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.canting.trade.ExportRecordInput;
import id.canting.trade.internal.ProductBasketInput;

/**
 * The synthetic export dataset of demo mode, the same on every start: monthly records from January
 * 2023 to December 2024 for twelve destinations and five HS codes, labelled {@code BPS (demo)}.
 * <p>
 * Each month has a total for the default basket's fabric codes ({@link #FABRIC_MONTHS}); January to
 * July 2024 add up to USD 9,450,000, the article's figure. A month's total is split over destinations
 * and codes by fixed shares with a seeded jitter, in whole dollars, the rounding remainder going to
 * the largest cell, so each month's records add up to exactly its total. Batik clothing codes come
 * on top and count only in the wider basket, so the two baskets give different totals.
 */
public final class DemoTradeDataset {

	public static final String SOURCE = "BPS (demo)";
	public static final String DEFAULT_BASKET = "BATIK";
	public static final String WIDE_BASKET = "BATIK-PAKAIAN";
	private static final long SEED = 20241002L;

	/** The default basket's monthly totals in USD (January 2023 to December 2024). */
	static final Map<YearMonth, Long> FABRIC_MONTHS = new LinkedHashMap<>();
	static {
		long[] y2023 = { 1_390_000, 1_240_000, 1_300_000, 1_420_000, 1_350_000, 1_510_000, 1_480_000, 1_450_000,
				1_300_000, 1_560_000, 1_410_000, 1_620_000 };
		long[] y2024 = { 1_250_000, 1_180_000, 1_320_000, 1_290_000, 1_410_000, 1_460_000, 1_540_000, 1_490_000,
				1_380_000, 1_620_000, 1_350_000, 1_570_000 };
		for (int m = 1; m <= 12; m++) {
			FABRIC_MONTHS.put(YearMonth.of(2023, m), y2023[m - 1]);
		}
		for (int m = 1; m <= 12; m++) {
			FABRIC_MONTHS.put(YearMonth.of(2024, m), y2024[m - 1]);
		}
	}

	/** Destinations and their usual share (weights). */
	static final Map<String, Integer> DESTINATIONS = ordered("US", 22, "JP", 14, "NL", 9, "MY", 8, "SG", 7, "AU", 7,
			"GB", 6, "DE", 6, "SA", 5, "AE", 5, "FR", 4, "KR", 4);
	/** Batik fabric codes (the default basket) with their share and price per kg. */
	static final Map<String, Integer> FABRIC_CODES = ordered("52085210", 50, "52085910", 30, "52095910", 20);
	/** Batik clothing codes, only in the wider basket. */
	static final Map<String, Integer> CLOTHING_CODES = ordered("62052010", 60, "62063010", 40);
	static final Map<String, Integer> USD_PER_KG = ordered("52085210", 38, "52085910", 34, "52095910", 29,
			"62052010", 55, "62063010", 62);
	/** Clothing exports as a share of the month's fabric exports, in percent. */
	static final int CLOTHING_PERCENT = 55;

	private DemoTradeDataset() {
	}

	/** The two demo baskets: "Batik" (fabric, default) and "Batik dan pakaian batik" (fabric and clothing). */
	public static List<ProductBasketInput> baskets() {
		List<String> fabric = List.copyOf(FABRIC_CODES.keySet());
		List<String> wide = new ArrayList<>(fabric);
		wide.addAll(CLOTHING_CODES.keySet());
		String demoNoteId = " Data demo: daftar kode HS ini belum diverifikasi terhadap BTKI dan dapat diubah oleh admin.";
		String demoNoteEn = " Demo data: this list of HS codes is not verified against the BTKI and can be changed by an admin.";
		return List.of(
				new ProductBasketInput(DEFAULT_BASKET, "Batik", "Batik",
						"Kain batik: subpos BTKI untuk kain tenun kapas yang dicetak dengan proses batik tradisional"
								+ " (5208.52.10, 5208.59.10, 5209.59.10)." + demoNoteId,
						"Batik fabric: BTKI subheadings for woven cotton fabric printed by the traditional batik"
								+ " process (5208.52.10, 5208.59.10, 5209.59.10)." + demoNoteEn,
						"Kemenperin, definisi demo", fabric, true),
				new ProductBasketInput(WIDE_BASKET, "Batik dan pakaian batik", "Batik and batik clothing",
						"Kain batik seperti keranjang Batik, ditambah kemeja dan blus batik dari kapas"
								+ " (6205.20.10, 6206.30.10)." + demoNoteId,
						"Batik fabric as in the Batik basket, plus cotton batik shirts and blouses"
								+ " (6205.20.10, 6206.30.10)." + demoNoteEn,
						"Kemenperin, definisi demo", wide, false));
	}

	/** Every demo export record, month by month. */
	public static List<ExportRecordInput> records() {
		Random random = new Random(SEED);
		List<ExportRecordInput> records = new ArrayList<>();
		FABRIC_MONTHS.forEach((month, fabricTotal) -> {
			long clothingTotal = fabricTotal * CLOTHING_PERCENT / 100;
			split(month, fabricTotal, FABRIC_CODES, random, records);
			split(month, clothingTotal, CLOTHING_CODES, random, records);
		});
		return records;
	}

	/** Splits {@code total} dollars over destinations × codes so that the cells add up to exactly it. */
	private static void split(YearMonth month, long total, Map<String, Integer> codes, Random random,
			List<ExportRecordInput> into) {
		List<String[]> cells = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		DESTINATIONS.forEach((country, countryWeight) -> codes.forEach((code, codeWeight) -> {
			cells.add(new String[] { country, code });
			// ±20 % from month to month around the usual share
			weights.add(countryWeight * codeWeight * (0.8 + 0.4 * random.nextDouble()));
		}));
		double weightSum = weights.stream().mapToDouble(Double::doubleValue).sum();
		long[] values = new long[cells.size()];
		long assigned = 0;
		int largest = 0;
		for (int i = 0; i < cells.size(); i++) {
			values[i] = (long) Math.floor(total * weights.get(i) / weightSum);
			assigned += values[i];
			if (values[i] > values[largest]) {
				largest = i;
			}
		}
		values[largest] += total - assigned;
		for (int i = 0; i < cells.size(); i++) {
			String code = cells.get(i)[1];
			BigDecimal value = BigDecimal.valueOf(values[i]).setScale(2);
			BigDecimal weight = value.divide(BigDecimal.valueOf(USD_PER_KG.get(code)), 2, RoundingMode.HALF_UP);
			into.add(new ExportRecordInput(month.toString(), code, cells.get(i)[0], value, weight, SOURCE));
		}
	}

	private static Map<String, Integer> ordered(Object... keysAndValues) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
		}
		return map;
	}
}
