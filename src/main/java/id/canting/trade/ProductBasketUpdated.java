package id.canting.trade;

import java.util.List;

import id.canting.shared.FieldChange;

/** A product basket's definition or HS codes were changed by {@code by}. */
public record ProductBasketUpdated(String code, Long id, List<FieldChange> changes, String by) {
}
