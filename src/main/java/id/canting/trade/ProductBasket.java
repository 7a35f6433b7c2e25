package id.canting.trade;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.shared.FieldChange;
import id.canting.trade.internal.ProductBasketDetails;

/**
 * A named set of HS codes that says what an export figure counts ("Batik" or "Batik and batik
 * clothing"), with its definition and source, because sources count different codes and so publish
 * different totals. One basket is the default of published figures.
 */
@Table("product_basket")
public class ProductBasket extends AbstractAggregateRoot<ProductBasket> {

	private @Id Long id;
	private String code;
	private String nameId;
	private String nameEn;
	private String definitionId;
	private String definitionEn;
	private String source;
	private boolean defaultBasket;
	@MappedCollection(idColumn = "basket_id")
	private Set<HsCodeEntry> hsCodes = new HashSet<>();
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	ProductBasket() {
		// for Spring Data JDBC
	}

	static ProductBasket create(ProductBasketDetails details, Instant now) {
		ProductBasket basket = new ProductBasket();
		basket.apply(details);
		basket.createdAt = now;
		basket.updatedAt = now;
		return basket;
	}

	List<FieldChange> update(ProductBasketDetails details, String by, Instant now) {
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new ProductBasketUpdated(code, id, changes, by));
		}
		return changes;
	}

	/** No longer the default, because another basket became it. */
	void stopBeingDefault(String by, Instant now) {
		if (defaultBasket) {
			defaultBasket = false;
			updatedAt = now;
			registerEvent(new ProductBasketUpdated(code, id,
					List.of(new FieldChange("defaultBasket", "true", "false")), by));
		}
	}

	private void apply(ProductBasketDetails details) {
		code = details.code();
		nameId = details.nameId();
		nameEn = details.nameEn();
		definitionId = details.definitionId();
		definitionEn = details.definitionEn();
		source = details.source();
		defaultBasket = details.defaultBasket();
		hsCodes = details.hsCodes().stream().map(HsCodeEntry::new).collect(Collectors.toSet());
	}

	public ProductBasketDetails details() {
		return new ProductBasketDetails(code, nameId, nameEn, definitionId, definitionEn, source, hsCodes(),
				defaultBasket);
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	/** The name in Indonesian, or in English for an English reader. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameId;
	}

	/** The definition in Indonesian, or in English for an English reader. */
	public String definition(Locale locale) {
		return "en".equals(locale.getLanguage()) ? definitionEn : definitionId;
	}

	public String source() {
		return source;
	}

	public boolean isDefault() {
		return defaultBasket;
	}

	/** The HS codes it counts, in order. */
	public SortedSet<String> hsCodes() {
		return hsCodes.stream().map(HsCodeEntry::hsCode).collect(Collectors.toCollection(TreeSet::new));
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	@Table("product_basket_hs_code")
	record HsCodeEntry(String hsCode) {
	}
}
