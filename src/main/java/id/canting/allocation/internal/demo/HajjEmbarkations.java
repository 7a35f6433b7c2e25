package id.canting.allocation.internal.demo;

import java.util.List;

import id.canting.allocation.internal.OrderContent.Point;

/**
 * The delivery points of the demo's Hajj 2025 uniform order: the 14 Hajj embarkations (embarkasi) that
 * served regular pilgrims in 2025, with the province each lies in (Kemendagri codes; Bekasi and
 * Kertajati in Jawa Barat, Solo's dormitory at Donohudan in Jawa Tengah).
 *
 * <p><b>Assumption:</b> the quantity per embarkation is not an official figure. It splits the 2025
 * quota of 221,000 pilgrims roughly in proportion to the provinces each embarkation serves (the
 * large Java embarkations carry most), rounded to hundreds, so that the sum is exactly 221,000.
 */
final class HajjEmbarkations {

	static final long TOTAL = 221_000;

	static final List<Point> POINTS = List.of(
			new Point("BTJ", "Embarkasi Aceh", "11", 4_400),
			new Point("KNO", "Embarkasi Medan", "12", 8_500),
			new Point("BTH", "Embarkasi Batam", "21", 11_000),
			new Point("PDG", "Embarkasi Padang", "13", 6_000),
			new Point("PLM", "Embarkasi Palembang", "16", 9_000),
			new Point("JKG", "Embarkasi Jakarta–Pondok Gede", "31", 15_100),
			new Point("JKS", "Embarkasi Jakarta–Bekasi", "32", 38_000),
			new Point("KJT", "Embarkasi Kertajati", "32", 12_000),
			new Point("SOC", "Embarkasi Solo", "33", 40_000),
			new Point("SUB", "Embarkasi Surabaya", "35", 44_000),
			new Point("BDJ", "Embarkasi Banjarmasin", "63", 6_500),
			new Point("BPN", "Embarkasi Balikpapan", "64", 6_000),
			new Point("UPG", "Embarkasi Makassar", "73", 16_000),
			new Point("LOP", "Embarkasi Lombok", "52", 4_500));

	private HajjEmbarkations() {
	}
}
