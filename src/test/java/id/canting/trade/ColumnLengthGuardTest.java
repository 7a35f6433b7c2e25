package id.canting.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.trade.internal.ProductBasketDetails;

/**
 * The net under every module's field rules (shared.jdbc.ColumnLengthGuard): an aggregate whose text
 * does not fit its column is refused naming the property, before the database sees it, on H2 and
 * PostgreSQL alike. Here a basket built past {@link TradeRules} (as a rule forgotten for a new field
 * would let it through), with a name and an HS code (a child entity's column) too long. On the trade
 * module's own empty database.
 */
@CantingModuleTest
@Transactional
class ColumnLengthGuardTest {

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Test
	void anOverLongValueIsRefusedNamingThePropertyAndTheLimit() {
		ProductBasket basket = ProductBasket.create(new ProductBasketDetails("GUARD", "Keranjang", "B".repeat(151),
				"Definisi", "Definition", "Uji", Set.of("5208521099"), false), Instant.now());
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> aggregates.insert(basket));
		assertThat(refused).isNotNull();
		assertThat(refused.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("nameEn", "hsCode");
		assertThat(refused.violations()).filteredOn(v -> v.field().equals("nameEn")).singleElement()
			.satisfies(v -> assertThat(v.arguments()).containsExactly(150, 151));
	}

	@Test
	void valuesThatFitAreSavedAsBefore() {
		ProductBasket basket = ProductBasket.create(new ProductBasketDetails("GUARD2", "Keranjang", "B".repeat(150),
				"Definisi", "Definition", "Uji", Set.of("52085210"), false), Instant.now());
		assertThat(aggregates.insert(basket).id()).isNotNull();
	}
}
