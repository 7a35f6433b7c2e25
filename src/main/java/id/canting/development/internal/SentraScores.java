package id.canting.development.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.canting.certification.BatikmarkStanding;
import id.canting.certification.BatikmarkStandings;
import id.canting.readiness.ReadinessResult;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Gathers what the development score needs from the other modules — active members from the registry,
 * Batikmark standings from certification, verified readiness from readiness — in a few queries
 * whatever the number of sentra, and computes the scores. Readiness is optional: without an
 * implementation of {@link ReadinessResults} (a module test) no member has a result.
 */
@Component
class SentraScores {

	private static final int ALL = 100_000;

	private final RegistryQueries registry;
	private final BatikmarkStandings batikmark;
	private final ObjectProvider<ReadinessResults> readiness;

	SentraScores(RegistryQueries registry, BatikmarkStandings batikmark, ObjectProvider<ReadinessResults> readiness) {
		this.registry = registry;
		this.batikmark = batikmark;
		this.readiness = readiness;
	}

	/** Active member IKM of the sentra of one province (null: all), by sentra id. */
	Map<Long, List<IkmSummary>> activeMembers(String provinceCode, Long sentraId) {
		List<IkmSummary> ikm = registry.ikm(Actor.SYSTEM,
				new IkmFilter(provinceCode, null, sentraId, null, null, null, null, RecordStatus.ACTIVE, null),
				new PageRequest(0, ALL, "name", true)).content();
		Map<Long, List<IkmSummary>> bySentra = new HashMap<>();
		ikm.stream().filter(i -> i.sentraId() != null)
			.forEach(i -> bySentra.computeIfAbsent(i.sentraId(), k -> new java.util.ArrayList<>()).add(i));
		return bySentra;
	}

	/** The member figures of each sentra among these members (grouped by sentra id). */
	Map<Long, MemberFigures> figures(Map<Long, List<IkmSummary>> membersBySentra) {
		List<IkmId> ids = membersBySentra.values().stream().flatMap(Collection::stream).map(i -> new IkmId(i.id())).toList();
		Map<Long, BatikmarkStanding> standings = ids.isEmpty() ? Map.of() : batikmark.all();
		Map<IkmId, ReadinessResult> results = readinessOf(ids);
		Map<Long, MemberFigures> figures = new HashMap<>();
		membersBySentra.forEach((sentra, members) -> {
			MemberFigures f = MemberFigures.NONE;
			for (IkmSummary member : members) {
				ReadinessResult result = results.get(new IkmId(member.id()));
				f = f.plus(standings.get(member.id()) == BatikmarkStanding.CERTIFIED,
						result == null ? null : result.overallIndex(), member.workers());
			}
			figures.put(sentra, f);
		});
		return figures;
	}

	static DevelopmentScore score(ScoreWeights weights, List<SentraFacility> facilities, MemberFigures members) {
		long units = facilities.stream().mapToLong(SentraFacility::count).sum();
		long working = facilities.stream().mapToLong(SentraFacility::workingUnits).sum();
		return DevelopmentScore.of(weights, new DevelopmentScore.Inputs(units, working, members.active(),
				members.readinessIndexSum(), members.certified()));
	}

	private Map<IkmId, ReadinessResult> readinessOf(List<IkmId> ids) {
		ReadinessResults results = readiness.getIfUnique();
		return results == null || ids.isEmpty() ? Map.of() : results.latestVerified(ids);
	}
}
