package coop.harvest.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Every marketplace has the bureau's core products, demo mode or not. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class CatalogSeed {

    @Inject
    Catalog catalog;

    @PostConstruct
    void seed() {
        catalog.ensure("honeysuckle", "金银花", "Honeysuckle", "kg");
        catalog.ensure("kiwi", "猕猴桃", "Kiwi fruit", "kg");
        catalog.ensure("grape", "提子", "Grapes", "kg");
        catalog.ensure("rice", "大米", "Rice", "kg");
        catalog.ensure("navel-orange", "脐橙", "Navel orange", "kg");
        catalog.ensure("tea", "茶叶", "Tea", "kg");
        // Huaihua's staples (their aliases, 溆浦金银花 and 碣滩茶 among them, come with migration V223)
        catalog.ensure("bayberry", "靖州杨梅", "Jingzhou bayberry", "kg");
        catalog.ensure("rock-sugar-orange", "黔阳冰糖橙", "Qianyang rock-sugar orange", "kg");
        catalog.ensure("mandarin", "麻阳柑橘", "Mayang mandarin", "kg");
        catalog.ensure("sweet-potato", "红薯", "Sweet potato", "kg");
        catalog.ensure("oil-tea-camellia", "油茶", "Oil-tea camellia", "kg");
    }
}
