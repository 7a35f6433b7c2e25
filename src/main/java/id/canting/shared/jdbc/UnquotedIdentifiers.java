package id.canting.shared.jdbc;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.stereotype.Component;

/**
 * Spring Data JDBC quotes table and column names by default, upper-casing them for H2 and
 * lower-casing them for PostgreSQL. The migrations use plain lower-case names that both databases
 * (H2 with DATABASE_TO_LOWER) fold the same way, so identifiers stay unquoted and one schema serves both.
 */
@Component
class UnquotedIdentifiers implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcMappingContext context) {
			context.setForceQuote(false);
		}
		return bean;
	}
}
