-- catalog: the everyday names people search with. Seeded once here for the bureau's products (CatalogSeed creates
-- the products themselves, so no foreign key: an alias may be written before its product on a new database); staff
-- change them with PUT /api/products/{code}/aliases.
CREATE TABLE PRODUCT_ALIAS (
    PRODUCT_CODE VARCHAR(40) NOT NULL,
    SEQ_NO INTEGER NOT NULL,
    ALIAS_NAME VARCHAR(100) NOT NULL,
    CONSTRAINT PRODUCT_ALIAS_PK PRIMARY KEY (PRODUCT_CODE, SEQ_NO)
);
INSERT INTO PRODUCT_ALIAS (PRODUCT_CODE, SEQ_NO, ALIAS_NAME) VALUES
    ('honeysuckle', 1, '金银花'), ('honeysuckle', 2, '溆浦金银花'), ('honeysuckle', 3, '忍冬'),
    ('honeysuckle', 4, '双花'), ('honeysuckle', 5, '银花'), ('honeysuckle', 6, 'honeysuckle flower'),
    ('honeysuckle', 7, 'jinyinhua'),
    ('kiwi', 1, '猕猴桃'), ('kiwi', 2, '奇异果'), ('kiwi', 3, '毛桃子'), ('kiwi', 4, 'kiwifruit'),
    ('kiwi', 5, 'Chinese gooseberry'),
    ('grape', 1, '葡萄'), ('grape', 2, '提子'), ('grape', 3, '红提'), ('grape', 4, '巨峰葡萄'), ('grape', 5, 'grape'),
    ('grape', 6, 'table grapes'),
    ('rice', 1, '稻谷'), ('rice', 2, '稻米'), ('rice', 3, '米'), ('rice', 4, '籼米'), ('rice', 5, 'paddy'),
    ('rice', 6, 'rice grain'),
    ('navel-orange', 1, '脐橙'), ('navel-orange', 2, '橙子'), ('navel-orange', 3, '甜橙'), ('navel-orange', 4, 'orange'),
    ('navel-orange', 5, 'navel oranges'),
    ('tea', 1, '茶'), ('tea', 2, '碣滩茶'), ('tea', 3, '绿茶'), ('tea', 4, '茶叶'), ('tea', 5, 'green tea'),
    ('tea', 6, 'Jietan tea'),
    ('bayberry', 1, '杨梅'), ('bayberry', 2, '靖州杨梅'), ('bayberry', 3, '树梅'), ('bayberry', 4, '山杨梅'),
    ('bayberry', 5, 'waxberry'), ('bayberry', 6, 'yangmei'), ('bayberry', 7, 'Chinese bayberry'),
    ('rock-sugar-orange', 1, '冰糖橙'), ('rock-sugar-orange', 2, '黔阳冰糖橙'), ('rock-sugar-orange', 3, '橙子'),
    ('rock-sugar-orange', 4, '甜橙'), ('rock-sugar-orange', 5, 'rock sugar orange'),
    ('rock-sugar-orange', 6, 'bingtang orange'), ('rock-sugar-orange', 7, 'orange'),
    ('mandarin', 1, '柑橘'), ('mandarin', 2, '麻阳柑橘'), ('mandarin', 3, '橘子'), ('mandarin', 4, '桔子'),
    ('mandarin', 5, '蜜橘'), ('mandarin', 6, 'tangerine'), ('mandarin', 7, 'mandarin orange'),
    ('sweet-potato', 1, '红薯'), ('sweet-potato', 2, '番薯'), ('sweet-potato', 3, '地瓜'), ('sweet-potato', 4, '红苕'),
    ('sweet-potato', 5, '甘薯'), ('sweet-potato', 6, '山芋'), ('sweet-potato', 7, 'yam'),
    ('oil-tea-camellia', 1, '油茶'), ('oil-tea-camellia', 2, '茶油'), ('oil-tea-camellia', 3, '油茶籽'),
    ('oil-tea-camellia', 4, '山茶油'), ('oil-tea-camellia', 5, '茶籽'), ('oil-tea-camellia', 6, 'camellia oil'),
    ('oil-tea-camellia', 7, 'tea seed oil');
