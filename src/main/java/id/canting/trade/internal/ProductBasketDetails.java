package id.canting.trade.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.canting.shared.FieldChange;
import id.canting.trade.TradeRules;

/** A product basket as {@link TradeRules} accepted it, HS codes as 8 digits. */
public record ProductBasketDetails(String code, String nameId, String nameEn, String definitionId,
		String definitionEn, String source, Set<String> hsCodes, boolean defaultBasket) {

	public List<FieldChange> changesFrom(ProductBasketDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "code", before.code, code);
		FieldChange.addIfChanged(changes, "nameId", before.nameId, nameId);
		FieldChange.addIfChanged(changes, "nameEn", before.nameEn, nameEn);
		FieldChange.addIfChanged(changes, "definitionId", before.definitionId, definitionId);
		FieldChange.addIfChanged(changes, "definitionEn", before.definitionEn, definitionEn);
		FieldChange.addIfChanged(changes, "source", before.source, source);
		FieldChange.addIfChanged(changes, "hsCodes", String.join(", ", new TreeSet<>(before.hsCodes)),
				String.join(", ", new TreeSet<>(hsCodes)));
		FieldChange.addIfChanged(changes, "defaultBasket", before.defaultBasket, defaultBasket);
		return changes;
	}
}
