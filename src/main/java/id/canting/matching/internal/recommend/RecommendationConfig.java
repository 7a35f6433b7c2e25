package id.canting.matching.internal.recommend;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recommender with the weights of {@code canting.matching.recommend.*} (defaults in {@link RecommendationWeights}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecommendationWeights.class)
class RecommendationConfig {

	@Bean
	Recommender recommender(RecommendationWeights weights) {
		return new Recommender(weights);
	}
}
