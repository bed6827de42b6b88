package coop.harvest.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The counties, county-level cities and districts of Huaihua. The Chinese name is canonical and is what is stored;
 * the pinyin code and the English name are accepted as aliases.
 */
public final class Counties {

    /** One county: canonical Chinese name, code, English name. */
    public record County(String name, String code, String nameEn) {
    }

    public static final List<County> ALL = List.of(
            new County("鹤城区", "hecheng", "Hecheng District"),
            new County("中方县", "zhongfang", "Zhongfang County"),
            new County("溆浦县", "xupu", "Xupu County"),
            new County("辰溪县", "chenxi", "Chenxi County"),
            new County("沅陵县", "yuanling", "Yuanling County"),
            new County("会同县", "huitong", "Huitong County"),
            new County("麻阳县", "mayang", "Mayang County"),
            new County("新晃县", "xinhuang", "Xinhuang County"),
            new County("芷江县", "zhijiang", "Zhijiang County"),
            new County("靖州县", "jingzhou", "Jingzhou County"),
            new County("通道县", "tongdao", "Tongdao County"),
            new County("洪江市", "hongjiang-city", "Hongjiang City"),
            new County("洪江区", "hongjiang-district", "Hongjiang District"));

    private Counties() {
    }

    /** The canonical (Chinese) name for a name, code or English name; empty when it is no Huaihua county. */
    public static Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        String lower = wanted.toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(c -> c.name().equals(wanted) || c.code().equals(lower)
                        || c.nameEn().toLowerCase(Locale.ROOT).equals(lower))
                .map(County::name)
                .findFirst();
    }

    /** The county's name in a language. */
    public static String displayName(String canonical, String language) {
        if (language != null && language.startsWith("zh")) {
            return canonical;
        }
        return ALL.stream().filter(c -> c.name().equals(canonical)).map(County::nameEn).findFirst()
                .orElse(canonical);
    }
}
