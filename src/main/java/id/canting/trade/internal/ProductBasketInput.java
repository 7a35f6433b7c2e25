package id.canting.trade.internal;

import java.util.List;

/**
 * A product basket as given: a code ({@code BATIK}), its name and definition in Indonesian and
 * English, the source of the definition, its HS codes (dots allowed) and whether it is the default
 * basket of published figures.
 */
public record ProductBasketInput(String code, String nameId, String nameEn, String definitionId,
		String definitionEn, String source, List<String> hsCodes, Boolean defaultBasket) {
}
