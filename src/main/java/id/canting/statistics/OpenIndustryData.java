package id.canting.statistics;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.RegistryBreakdowns;
import id.canting.registry.RegistryFigures;
import id.canting.registry.Technique;

/**
 * The open-data tables of the registry: aggregates only, never a single IKM's record, so nothing
 * personal (owner names, phones, emails, NIB) can appear. Rows are flat so that the JSON and the CSV
 * download carry the same columns.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class OpenIndustryData {

	private final RegistryFigures figures;
	private final RegistryBreakdowns breakdowns;
	private final Regions regions;
	private final Clock clock;

	OpenIndustryData(RegistryFigures figures, RegistryBreakdowns breakdowns, Regions regions, Clock clock) {
		this.figures = figures;
		this.breakdowns = breakdowns;
		this.regions = regions;
		this.clock = clock;
	}

	/** A published table: what it counts, from where, as of when, and its rows. */
	public record Table<R>(String dataset, String definition, String source, Instant asOf, List<R> rows) {
	}

	/** One province: active IKM, workers and sentra, and active IKM per technique (an IKM may count under several). */
	public record ProvinceRow(String provinceCode, String provinceName, long ikm, long workers, long sentra,
			long ikmTulis, long ikmCap, long ikmKombinasi) {
	}

	/** One value of a breakdown (a technique, a category) with its active IKM and their workers. */
	public record ShareRow(String key, long ikm, long workers) {
	}

	/** Active IKM, workers and sentra per province, with the technique breakdown. */
	public Table<ProvinceRow> byProvince() {
		Map<String, Map<Technique, Long>> techniques = new HashMap<>();
		breakdowns.byProvinceAndTechnique().forEach(t ->
			techniques.computeIfAbsent(t.province(), p -> new HashMap<>()).put(t.technique(), t.ikm()));
		List<ProvinceRow> rows = figures.byProvince().stream().map(f -> {
			Map<Technique, Long> mix = techniques.getOrDefault(f.key(), Map.of());
			return new ProvinceRow(f.key(), regions.province(f.key()).map(Province::name).orElse(f.key()), f.ikm(),
					f.workers(), f.sentra(), mix.getOrDefault(Technique.TULIS, 0L), mix.getOrDefault(Technique.CAP, 0L),
					mix.getOrDefault(Technique.KOMBINASI, 0L));
		}).toList();
		return table("industry-by-province", rows);
	}

	/** Active IKM and workers per batik technique (tulis, cap, kombinasi). */
	public Table<ShareRow> byTechnique() {
		return table("industry-by-technique", rows(breakdowns.byTechnique(null)));
	}

	/** Active IKM and workers per product category. */
	public Table<ShareRow> byCategory() {
		return table("industry-by-category", rows(breakdowns.byCategory(null)));
	}

	private static List<ShareRow> rows(List<RegistryFigures.Figure> figures) {
		return figures.stream().map(f -> new ShareRow(f.key(), f.ikm(), f.workers())).toList();
	}

	private <R> Table<R> table(String dataset, List<R> rows) {
		return new Table<>(dataset, IndustryAnalytics.REGISTRY_DEFINITION, IndustryAnalytics.REGISTRY_SOURCE,
				clock.instant(), rows);
	}
}
