package id.canting.event.exhibitor.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The curation solver with its time limit ({@code canting.curation.time-limit}, default 10 s: past it the
 * proposal says it is not proven optimal) and threads ({@code canting.curation.workers}, default 2).
 */
@Configuration(proxyBeanMethods = false)
class CurationConfig {

	@Bean
	CurationSolver curationSolver(@Value("${canting.curation.time-limit:10s}") Duration timeLimit,
			@Value("${canting.curation.workers:2}") int workers) {
		return new CurationSolver(timeLimit, workers);
	}
}
