package id.canting.development.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Regions;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraQueries;
import id.canting.registry.SentraSummary;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;

/**
 * The active sentra of a province (or of all provinces) ranked by need — lowest development score
 * first, then most open needs, then name — with a summary per province, for officials planning next
 * year's facilitation. Computed live in a handful of queries whatever the number of sentra.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentRanking {

	private final SentraQueries sentras;
	private final DevelopmentStore store;
	private final SentraScores scores;
	private final Regions regions;

	DevelopmentRanking(SentraQueries sentras, DevelopmentStore store, SentraScores scores, Regions regions) {
		this.sentras = sentras;
		this.store = store;
		this.scores = scores;
		this.regions = regions;
	}

	/**
	 * @param provinceCode a province's code, or null (or blank) for all provinces
	 * @throws InvalidInputException naming {@code province} for an unknown code
	 */
	public SentraRanking ranking(Actor actor, String provinceCode) {
		DevelopmentAccess.checkRead(actor);
		String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
		if (province != null && regions.province(province).isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("province", "validation.province.unknown", province)));
		}
		List<SentraSummary> active = sentras.sentra(new SentraFilter(province, null, null, RecordStatus.ACTIVE, null),
				new PageRequest(0, 100_000, "name", true)).content();
		Map<Long, List<IkmSummary>> members = scores.activeMembers(province, null);
		Map<Long, MemberFigures> figures = scores.figures(members);
		Map<Long, List<SentraFacility>> facilities = store.allFacilities();
		Map<Long, SentraLocation> locations = store.allLocations();
		Map<Long, Integer> needs = store.openNeeds();
		ScoreWeights weights = store.weights();
		List<RankedSentra> ranked = new ArrayList<>();
		for (SentraSummary s : active) {
			MemberFigures f = figures.getOrDefault(s.id(), MemberFigures.NONE);
			DevelopmentScore score = SentraScores.score(weights, facilities.getOrDefault(s.id(), List.of()), f);
			SentraLocation at = locations.getOrDefault(s.id(), SentraLocation.UNKNOWN);
			ranked.add(new RankedSentra(0, s.id(), s.code(), s.name(), s.regencyCode(), s.provinceCode(), f.active(),
					score.score(), score.parts(), needs.getOrDefault(s.id(), 0), at.latitude(), at.longitude()));
		}
		ranked.sort(Comparator.comparing(RankedSentra::score).thenComparing(RankedSentra::openNeeds, Comparator.reverseOrder())
			.thenComparing(RankedSentra::name).thenComparing(RankedSentra::sentraId));
		List<RankedSentra> numbered = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			numbered.add(ranked.get(i).at(i + 1));
		}
		return new SentraRanking(province, weights, provinces(numbered), numbered);
	}

	private static List<ProvinceDevelopment> provinces(List<RankedSentra> ranked) {
		Map<String, List<RankedSentra>> byProvince = new TreeMap<>();
		ranked.forEach(r -> byProvince.computeIfAbsent(r.provinceCode(), k -> new ArrayList<>()).add(r));
		List<ProvinceDevelopment> summaries = new ArrayList<>();
		byProvince.forEach((code, list) -> {
			BigDecimal sum = list.stream().map(RankedSentra::score).reduce(BigDecimal.ZERO, BigDecimal::add);
			summaries.add(new ProvinceDevelopment(code, list.size(),
					sum.divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP),
					list.stream().map(RankedSentra::score).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
					(int) list.stream().filter(r -> r.latitude() != null).count(),
					list.stream().mapToInt(RankedSentra::openNeeds).sum()));
		});
		return summaries;
	}

	/** The ranking of one province (or all: {@code provinceCode} null) under the current weights. */
	public record SentraRanking(String provinceCode, ScoreWeights weights, List<ProvinceDevelopment> provinces,
			List<RankedSentra> sentra) {
	}

	/** A province's sentra: how many, their average and lowest score, how many are on the map, open needs. */
	public record ProvinceDevelopment(String provinceCode, int sentra, BigDecimal averageScore, BigDecimal lowestScore,
			int located, int openNeeds) {
	}

	/** One sentra in the ranking: its place (1 = most in need), score and parts, open needs and position. */
	public record RankedSentra(int rank, long sentraId, String code, String name, String regencyCode,
			String provinceCode, int activeMembers, BigDecimal score, Map<ScorePart, BigDecimal> parts, int openNeeds,
			BigDecimal latitude, BigDecimal longitude) {

		RankedSentra at(int place) {
			return new RankedSentra(place, sentraId, code, name, regencyCode, provinceCode, activeMembers, score, parts,
					openNeeds, latitude, longitude);
		}

		public BigDecimal part(ScorePart part) {
			return parts.get(part);
		}
	}
}
