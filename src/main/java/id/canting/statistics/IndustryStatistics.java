package id.canting.statistics;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.RegistryFigures;
import id.canting.registry.RegistryFigures.Figure;

/** Composes the registry's live figures into the {@link IndustrySummary} that pages and the API show. */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class IndustryStatistics {


	private final RegistryFigures figures;
	private final Regions regions;
	private final Clock clock;

	IndustryStatistics(RegistryFigures figures, Regions regions, Clock clock) {
		this.figures = figures;
		this.regions = regions;
		this.clock = clock;
	}

	public IndustrySummary summary() {
		var headline = figures.headline();
		List<IndustrySummary.ProvinceFigure> byProvince = figures.byProvince().stream()
			.map(f -> new IndustrySummary.ProvinceFigure(f.key(),
					regions.province(f.key()).map(Province::name).orElse(f.key()), f.ikm(), f.workers(), f.sentra()))
			.toList();
		var workforce = figures.workforce();
		var source = new IndustrySummary.WorkersSource(workforce.workers(), workforce.ikmFromReports(),
				workforce.workersFromReports(), workforce.ikmFromRegistry(), workforce.workersFromRegistry(),
				workforce.earliestSemester(), workforce.latestSemester());
		return new IndustrySummary(headline.workers(), headline.ikm(), headline.sentra(), headline.provinces(),
				clock.instant(), headline.lastChangedAt(), "registry: active IKM and sentra", source, byProvince,
				shares(figures.byTechnique(), headline.ikm()), shares(figures.byCategory(), headline.ikm()),
				shares(figures.byDye(), headline.ikm()), shares(figures.byKind(), headline.ikm()));
	}

	private static List<IndustrySummary.Share> shares(List<Figure> figures, long ikmInSelection) {
		return IndustryAnalytics.shares(figures, ikmInSelection);
	}
}
