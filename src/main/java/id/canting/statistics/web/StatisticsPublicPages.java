package id.canting.statistics.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.shared.web.cache.CacheablePages;

/** The public dashboards and open data, served to anonymous visitors from the shared page cache. */
@Component
class StatisticsPublicPages implements CacheablePages {

	@Override
	public List<String> paths() {
		return List.of("/", "/statistics/industry", "/open-data", "/api/v1/statistics/summary",
				"/api/v1/statistics/industry", "/api/v1/statistics/readiness", "/api/v1/open-data/**");
	}
}
