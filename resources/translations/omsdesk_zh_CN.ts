<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Address</name>
    <message>
        <location filename="../../omsdesk/ui/formatting.py" line="111"/>
        <source>Postcode %1</source>
        <translation>邮编 %1</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="48"/>
        <source>Scrap or adjust stock</source>
        <translation>报废或调整库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="58"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="59"/>
        <source>Return to supplier</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="60"/>
        <source>Correct the quantity</source>
        <translation>更正数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="72"/>
        <source>No product chosen yet</source>
        <translation>尚未选择商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="78"/>
        <source>…or scan another bin label</source>
        <translation>…或扫描其他库位标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="88"/>
        <source>Required: why (damaged, expired, found, …)</source>
        <translation>必填：原因（破损、过期、盘盈、…）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="93"/>
        <source>What</source>
        <translation>操作类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="94"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="96"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="98"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="99"/>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="138"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="104"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="108"/>
        <source>Book it</source>
        <translation>确认提交</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="133"/>
        <source>Change by</source>
        <translation>调整数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="135"/>
        <source>Positive: more was found than the books say; negative: some is missing</source>
        <translation>正数：实物比账面多；负数：实物比账面少</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="142"/>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="142"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="142"/>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="143"/>
        <source>Defective</source>
        <translation>残次品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="142"/>
        <source>Lost in handling</source>
        <translation>搬运遗失</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="143"/>
        <source>Wrong item delivered</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="143"/>
        <source>Over-delivery</source>
        <translation>超量到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="144"/>
        <source>Quality complaint</source>
        <translation>质量投诉</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="145"/>
        <source>Count correction</source>
        <translation>盘点更正</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="145"/>
        <source>Found in the bin</source>
        <translation>库位盘盈</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="145"/>
        <source>Missing from the bin</source>
        <translation>库位短少</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="146"/>
        <source>Booking error</source>
        <translation>记账错误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="193"/>
        <source>Bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="205"/>
        <source>on hand now %1 → after %2</source>
        <translation>当前在库 %1 → 调整后 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="221"/>
        <source>Scan or type the product first.</source>
        <translation>请先扫描或输入商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="225"/>
        <source>Choose or scan the bin.</source>
        <translation>请选择或扫描库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="229"/>
        <source>Enter a quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="233"/>
        <source>Give a reason: it is kept with the movement.</source>
        <translation>请填写原因，原因会随库存流水一起保存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/adjust.py" line="237"/>
        <source>Choose the supplier the goods go back to.</source>
        <translation>请选择要退回的供应商。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../omsdesk/app.py" line="49"/>
        <source>omsdesk cannot start</source>
        <translation>omsdesk 无法启动</translation>
    </message>
    <message>
        <location filename="../../omsdesk/app.py" line="68"/>
        <source>omsdesk cannot open its database: %1</source>
        <translation>omsdesk 无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>AttributeRow</name>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="119"/>
        <source>Attribute, e.g. 颜色 / Colour</source>
        <translation>属性名，例如：颜色</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="122"/>
        <source>Values separated by commas, e.g. 黑, 白, 灰 — or 黑=BK to set a code</source>
        <translation>属性值，用逗号分隔，例如：黑，白，灰；写成 黑=BK 可指定编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="125"/>
        <source>Remove this attribute</source>
        <translation>删除此属性</translation>
    </message>
</context>
<context>
    <name>BarcodeKind</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="48"/>
        <source>Recognise</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="49"/>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="50"/>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="51"/>
        <source>Own code</source>
        <translation>自编码</translation>
    </message>
</context>
<context>
    <name>BarcodesPanel</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="73"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="78"/>
        <source>Type or scan a barcode, then Enter</source>
        <translation>输入或扫描条码后按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="83"/>
        <source>Recognise: 13 digits are an EAN-13, 12 a UPC-A (both with their check digit); anything else is your own code</source>
        <translation>自动识别：13 位为 EAN-13，12 位为 UPC-A（均含校验位）；其他视为自编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="85"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="86"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="156"/>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="182"/>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
</context>
<context>
    <name>BrandCombo</name>
    <message>
        <location filename="../../omsdesk/ui/products/common.py" line="149"/>
        <source>Pick or type a new brand</source>
        <translation>选择品牌或输入新品牌</translation>
    </message>
</context>
<context>
    <name>BundlePanel</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="210"/>
        <source>Component</source>
        <translation>子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="210"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="210"/>
        <source>Qty per bundle</source>
        <translation>每套数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="211"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="318"/>
        <source>Price weight</source>
        <translation>价格权重</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="215"/>
        <source>How the bundle&apos;s price is split over its components for margins; empty: the component&apos;s list price × quantity</source>
        <translation>组合商品的售价按此比例分摊到各子商品，用于计算毛利；留空则按子商品售价 × 数量分摊</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="223"/>
        <source>Component: SKU code, name or barcode</source>
        <translation>子商品：SKU 编码、名称或条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="227"/>
        <source>Add component</source>
        <translation>添加子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="228"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="229"/>
        <source>Save components</source>
        <translation>保存子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="238"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="313"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="338"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="265"/>
        <source>A standard SKU. It is a component of: %1.</source>
        <translation>普通 SKU，是以下组合商品的子商品：%1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="268"/>
        <source>A standard SKU, not part of any bundle. To sell a kit, create a SKU of kind virtual or pre-packed bundle and give it components here.</source>
        <translation>普通 SKU，未用于任何组合商品。如需销售套装，请新建类型为虚拟组合或预包装组合的 SKU，并在此为其添加子商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="287"/>
        <source>Virtual bundle: stocked and picked as its components. &lt;b&gt;%1&lt;/b&gt; can be made from the components in stock.</source>
        <translation>虚拟组合：按子商品计库存和拣货。现有子商品库存可组成 &lt;b&gt;%1&lt;/b&gt; 套。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="291"/>
        <source>Pre-packed bundle: stocked as itself, assembled from these components.</source>
        <translation>预包装组合：作为独立商品计库存，由以下子商品组装而成。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="315"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="343"/>
        <source>The quantity per bundle must be more than 0.</source>
        <translation>每套数量必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="335"/>
        <source>Pick a SKU first.</source>
        <translation>请先选择 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="373"/>
        <source>Components saved.</source>
        <translation>子商品已保存。</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="26"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="27"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="28"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="29"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="30"/>
        <source>China Post EMS</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="31"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="32"/>
        <source>FedEx</source>
        <translation>FedEx 联邦快递</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="33"/>
        <source>DHL Express</source>
        <translation>DHL 快递</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="34"/>
        <source>USPS</source>
        <translation>USPS 美国邮政</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/carriers.py" line="35"/>
        <source>Other carrier</source>
        <translation>其他快递</translation>
    </message>
</context>
<context>
    <name>CatalogSheets</name>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="59"/>
        <source>SPUs</source>
        <translation>商品(SPU)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="60"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="61"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="62"/>
        <source>Mappings</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="63"/>
        <source>Bundles</source>
        <translation>组合商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="64"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="65"/>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="117"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="118"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="119"/>
        <source>Taobao / Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="120"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="121"/>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="122"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="123"/>
        <source>Douyin Shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="124"/>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
</context>
<context>
    <name>ChannelsWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="82"/>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="83"/>
        <source>Edit shop…</source>
        <translation>编辑店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="84"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="85"/>
        <source>Sync all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="86"/>
        <source>Re-sync from date…</source>
        <translation>从指定时间重新同步…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="87"/>
        <source>Fetch every order changed since a date again, e.g. after the channel was down or orders were changed there in bulk</source>
        <translation>重新拉取自某一时间以来有变动的全部订单，例如平台故障之后或在平台上批量修改了订单之后</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="116"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <source>Last sync</source>
        <translation>最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="135"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="176"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="135"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="176"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="136"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="176"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="162"/>
        <source>Runs</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="176"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="176"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="136"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="177"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="177"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="207"/>
        <source>Import errors</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="213"/>
        <source>%1 pending</source>
        <translation>%1 待发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="213"/>
        <source>%1 sending</source>
        <translation>%1 发送中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="214"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="218"/>
        <source>Outbox</source>
        <translation>回传队列</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="222"/>
        <source>Unmapped listings</source>
        <translation>未对应平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <source>Last sync of %1</source>
        <translation>%1 的最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="302"/>
        <source>%1 has not been synced yet. Press “Sync now” to fetch its orders.</source>
        <translation>%1 尚未同步。点击“立即同步”拉取订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="314"/>
        <source>%1 orders could not be imported; see “Import errors”.</source>
        <translation>%1 个订单未能导入，详见“导入失败”。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="308"/>
        <source>%1 — started %2</source>
        <translation>%1 — 开始于 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="312"/>
        <source>, took %1 s</source>
        <translation>，耗时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="118"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="297"/>
        <source>Select a shop to see its last sync.</source>
        <translation>选择一个店铺以查看其最近一次同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="339"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="299"/>
        <source>The sync could not start: %1</source>
        <translation>同步无法开始：%1</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsForm</name>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="100"/>
        <source>Leave empty to keep the stored value</source>
        <translation>留空则保留已保存的值</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <location filename="../../connectors/amazon.py" line="586"/>
        <source>LWA client ID</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="587"/>
        <source>Developer Central › your app › View LWA credentials</source>
        <translation>Developer Central › 你的应用 › 查看 LWA 凭证</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="588"/>
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="589"/>
        <location filename="../../connectors/pinduoduo.py" line="641"/>
        <source>Refresh token</source>
        <translation>Refresh token（刷新令牌）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="590"/>
        <source>Given when the seller authorises the app (Atzr|…)</source>
        <translation>卖家授权应用时获得（Atzr|…）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="591"/>
        <source>Seller ID (merchant token)</source>
        <translation>卖家 ID（Merchant Token）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="592"/>
        <source>Seller Central › Settings › Account Info › Merchant Token; needed to publish stock</source>
        <translation>Seller Central › 设置 › 账户信息 › Merchant Token；同步库存时需要</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="594"/>
        <source>Marketplace IDs (comma separated)</source>
        <translation>商城 ID（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="596"/>
        <source>ATVPDKIKX0DER = US, A1F83G8C2ARO7P = UK, A1PA6795UKMFR9 = DE</source>
        <translation>ATVPDKIKX0DER = 美国，A1F83G8C2ARO7P = 英国，A1PA6795UKMFR9 = 德国</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="598"/>
        <source>LWA token endpoint</source>
        <translation>LWA 令牌地址</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="600"/>
        <source>Leave empty for https://api.amazon.com/auth/o2/token</source>
        <translation>留空即使用 https://api.amazon.com/auth/o2/token</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="601"/>
        <source>Rate limits (operation=rate/burst, …)</source>
        <translation>调用频率（操作=速率/突发，…）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="603"/>
        <source>Only if Amazon raised your limits; empty uses the documented ones</source>
        <translation>仅当亚马逊为你提高了限额时填写；留空则使用文档中的限额</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="636"/>
        <source>Client ID (client_id)</source>
        <translation>Client ID（client_id）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="637"/>
        <source>open.pinduoduo.com › 应用管理: the app&apos;s client_id</source>
        <translation>open.pinduoduo.com › 应用管理：应用的 client_id</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="638"/>
        <source>Client secret (client_secret)</source>
        <translation>Client secret（client_secret）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="639"/>
        <source>Access token</source>
        <translation>Access token（访问令牌）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="640"/>
        <source>From authorising the app for the shop (授权)</source>
        <translation>为店铺授权应用后获得（授权）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="642"/>
        <source>Lets omsdesk renew the access token when it expires</source>
        <translation>access_token 过期时，omsdesk 用它自动续期</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="643"/>
        <source>Days of orders to import at first</source>
        <translation>首次导入最近几天的订单</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="645"/>
        <source>Pinduoduo keeps orders for three months</source>
        <translation>拼多多只保留三个月内的订单</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="592"/>
        <source>Admin API access token</source>
        <translation>Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="594"/>
        <source>Shopify admin › Settings › Apps and sales channels › Develop apps › your app › API credentials (shpat_…). Leave empty for a Dev Dashboard app.</source>
        <translation>Shopify 后台 › 设置 › 应用和销售渠道 › 开发应用 › 你的应用 › API 凭证（shpat_…）。Dev Dashboard 应用请留空。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="597"/>
        <source>Client ID (Dev Dashboard app)</source>
        <translation>Client ID（Dev Dashboard 应用）</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="598"/>
        <source>Only for an app made in the Shopify Dev Dashboard: omsdesk then fetches access tokens itself.</source>
        <translation>仅用于在 Shopify Dev Dashboard 创建的应用：omsdesk 会自行获取访问令牌。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="600"/>
        <source>Client secret (Dev Dashboard app)</source>
        <translation>Client secret（Dev Dashboard 应用）</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="602"/>
        <source>Location ID for stock</source>
        <translation>库存地点 ID</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="603"/>
        <source>Leave empty to use the shop&apos;s primary location.</source>
        <translation>留空则使用店铺的主地点。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="604"/>
        <source>Email the buyer when shipped (yes/no)</source>
        <translation>发货时邮件通知买家（yes/no）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="512"/>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="513"/>
        <source>Taobao Open Platform console › your app › App Key</source>
        <translation>淘宝开放平台控制台 › 你的应用 › App Key</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="514"/>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="515"/>
        <source>Session key (seller authorisation)</source>
        <translation>SessionKey（卖家授权）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="516"/>
        <source>Issued when the seller authorises the app; when it expires the seller must authorise again.</source>
        <translation>卖家授权应用时获得；过期后需卖家重新授权。</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="518"/>
        <source>Signature method (md5, hmac or hmac-sha256)</source>
        <translation>签名方式（md5、hmac 或 hmac-sha256）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="520"/>
        <source>Days of orders to fetch on the first sync</source>
        <translation>首次同步拉取的天数</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="522"/>
        <source>Taobao only lists changes of the last three months.</source>
        <translation>淘宝只提供最近三个月的订单变动。</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="691"/>
        <source>Consumer key</source>
        <translation>Consumer key（消费者密钥）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="692"/>
        <source>WooCommerce › Settings › Advanced › REST API</source>
        <translation>WooCommerce › 设置 › 高级 › REST API</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="693"/>
        <source>Consumer secret</source>
        <translation>Consumer secret（消费者私钥）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="694"/>
        <source>Authentication (basic, oauth1 or query)</source>
        <translation>认证方式（basic、oauth1 或 query）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="696"/>
        <source>Leave empty: basic over HTTPS, OAuth 1.0a over HTTP.</source>
        <translation>留空：HTTPS 用 basic，HTTP 用 OAuth 1.0a。</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="355"/>
        <source>Scan the bin label, then the item — or type a bin path or SKU code</source>
        <translation>先扫描库位标签，再扫描商品；也可输入库位路径或 SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="364"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="369"/>
        <source>Record count</source>
        <translation>录入实盘</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="376"/>
        <source>Select a stocktake that is being counted.</source>
        <translation>请选择一个盘点中的盘点单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="380"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="382"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="384"/>
        <source>On the shelf</source>
        <translation>实物数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="411"/>
        <source>%1 is %2: nothing more can be counted.</source>
        <translation>盘点单 %1 状态为“%2”，不能再录入实盘数。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="414"/>
        <source>Select a stocktake that is being counted, or start a new count.</source>
        <translation>请选择一个盘点中的盘点单，或新建盘点。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="436"/>
        <source>%1 of %2 lines counted</source>
        <translation>已盘 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="443"/>
        <source>— scan a bin label —</source>
        <translation>— 请扫描库位标签 —</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="445"/>
        <source>— scan an item —</source>
        <translation>— 请扫描商品 —</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="460"/>
        <source>%1 is not part of this count (%2). Scan a bin inside it.</source>
        <translation>%1 不在本次盘点范围内（%2），请扫描范围内的库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="465"/>
        <source>Bin %1 — scan the first item.</source>
        <translation>库位 %1 — 请扫描第一件商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="470"/>
        <source>%1 scanned, but in which bin? Scan the bin label first.</source>
        <translation>已扫描 %1，但未指定库位，请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="473"/>
        <source>%1 is not one of the SKUs of this count. Put it aside.</source>
        <translation>%1 不在本次盘点的 SKU 范围内，请放到一边。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="483"/>
        <source> (not expected in this bin: a new line)</source>
        <translation> （账面上此库位没有该商品，将新增一行）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="484"/>
        <source>%1 in %2%3 — type the quantity, Enter.</source>
        <translation>%1，库位 %2%3 — 请输入数量后按回车。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="513"/>
        <source>Type the quantity counted (0 or more), then Enter.</source>
        <translation>请输入实盘数量（0 或以上）后按回车。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="526"/>
        <source>Counted %1 × %2 in %3. Scan the next item, or the next bin.</source>
        <translation>已记录库位 %3：%1 × %2。请扫描下一件商品或下一个库位。</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="153"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="154"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="155"/>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="156"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="157"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="158"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="159"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="160"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="161"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="162"/>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="163"/>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="164"/>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="165"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="166"/>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="167"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="168"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="169"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="170"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="171"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="172"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="61"/>
        <source>Stocktake count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="62"/>
        <source>Stocktake count sheet (blind count)</source>
        <translation>盘点表（盲盘）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="63"/>
        <source>Warehouse: {name}</source>
        <translation>仓库：{name}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="64"/>
        <source>Created: {time}</source>
        <translation>创建时间：{time}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="65"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} / {pages} 页</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="66"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="67"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="68"/>
        <location filename="../../omsdesk/documents/movements.py" line="38"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="69"/>
        <location filename="../../omsdesk/documents/movements.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="70"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="71"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="72"/>
        <location filename="../../omsdesk/documents/movements.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="73"/>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="74"/>
        <source>{lines} lines in {bins} bins</source>
        <translation>共 {lines} 行，{bins} 个库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="75"/>
        <source>{lines} lines in 1 bin</source>
        <translation>共 {lines} 行，1 个库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="76"/>
        <source>1 line in 1 bin</source>
        <translation>共 1 行，1 个库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="77"/>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="78"/>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/count_sheet.py" line="80"/>
        <source>Nothing to count in this stocktake.</source>
        <translation>此盘点单没有需要盘点的商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="35"/>
        <source>Movements</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="37"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="40"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="41"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="42"/>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="43"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="44"/>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/movements.py" line="45"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="138"/>
        <location filename="../../omsdesk/ui/errors.py" line="154"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="141"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="154"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="63"/>
        <source>The database is busy: another omsdesk window or program is writing to it. Wait a moment and try again.</source>
        <translation>数据库正忙：另一个 omsdesk 窗口或程序正在写入。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="68"/>
        <source>The disk is full. Free some space, then try again; the last change was not saved.</source>
        <translation>磁盘已满。请释放一些空间后重试；刚才的更改没有保存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="71"/>
        <source>omsdesk may not write to a file it needs (permission denied or a read-only disk): %1</source>
        <translation>omsdesk 无法写入所需的文件（权限不足或磁盘为只读）：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="76"/>
        <source>omsdesk cannot open its database file. Check that the folder exists and is writable.</source>
        <translation>omsdesk 无法打开数据库文件。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="80"/>
        <source>The network is not reachable, or the server did not answer. Check the internet connection and try again.</source>
        <translation>网络不可用，或服务器没有响应。请检查网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="85"/>
        <source>The database file is damaged. Restore the latest backup from the data folder&apos;s backups folder.</source>
        <translation>数据库文件已损坏。请从数据文件夹下的 backups 文件夹中恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="104"/>
        <location filename="../../omsdesk/ui/errors.py" line="108"/>
        <source>omsdesk</source>
        <translation>omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="109"/>
        <source>Something went wrong inside omsdesk. The program keeps running, but the last action may not have finished. The details are saved in the log; please send them to your support contact.</source>
        <translation>omsdesk 内部出现了问题。程序会继续运行，但刚才的操作可能没有完成。详细信息已记录在日志中，请将其发送给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/errors.py" line="114"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="80"/>
        <source>%1 created</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="82"/>
        <source>%1 updated</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="84"/>
        <source>%1 skipped</source>
        <translation>跳过 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="99"/>
        <source>Import catalogue from Excel</source>
        <translation>从 Excel 导入商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="101"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="103"/>
        <source>Update SKUs, SPUs and mappings that already exist (otherwise an existing code is an error)</source>
        <translation>更新已存在的 SKU、SPU 和商品对应（不勾选时，编码已存在将视为错误）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="108"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="108"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="108"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="108"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="117"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="118"/>
        <source>Import only the valid rows</source>
        <translation>仅导入有效行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="139"/>
        <source>Checking every row…</source>
        <translation>正在检查所有行…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="140"/>
        <source>Importing the valid rows…</source>
        <translation>正在导入有效行…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="155"/>
        <source>Imported. %1</source>
        <translation>导入完成。%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="155"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="157"/>
        <source>%1 rows with errors were left out; they are listed below.</source>
        <translation>有 %1 行存在错误，未导入，详见下方列表。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="162"/>
        <source>Nothing was imported: %1 problems. Correct them in the file and import it again, or import only the valid rows.</source>
        <translation>未导入任何数据：共 %1 个问题。请在文件中更正后重新导入，或仅导入有效行。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/catalog_io.py" line="187"/>
        <source>The file could not be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
</context>
<context>
    <name>ImportErrorsPanel</name>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="33"/>
        <source>Orders the channel sent that could not be imported, with the field and the reason. Fix the cause (often in the shop&apos;s own data), then retry them.</source>
        <translation>平台发来但未能导入的订单，以及出错的字段和原因。修正原因（通常在店铺自己的数据里）后重试。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="37"/>
        <source>Retry all failed orders</source>
        <translation>重试全部失败订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="42"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="42"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="42"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="42"/>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="43"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/import_errors.py" line="48"/>
        <source>Every order this shop sent has been imported.</source>
        <translation>该店铺发来的订单已全部导入。</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/common.py" line="467"/>
        <source>That did not work: an unexpected error, reported with its details.</source>
        <translation>操作失败：发生意外错误，已附详细信息报告。</translation>
    </message>
</context>
<context>
    <name>InventoryWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/workspace.py" line="44"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/workspace.py" line="44"/>
        <source>Locations</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/workspace.py" line="45"/>
        <source>Movements</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/workspace.py" line="45"/>
        <source>Transfers</source>
        <translation>调拨</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/workspace.py" line="46"/>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
</context>
<context>
    <name>LabelSize</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="103"/>
        <source>50 × 30 mm thermal</source>
        <translation>50 × 30 mm 热敏标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="104"/>
        <source>60 × 40 mm thermal</source>
        <translation>60 × 40 mm 热敏标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="105"/>
        <source>100 × 50 mm thermal</source>
        <translation>100 × 50 mm 热敏标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="106"/>
        <source>A4 sheet, 3 × 8 labels of 70 × 36 mm</source>
        <translation>A4 标签纸，3 × 8 张 70 × 36 mm</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="311"/>
        <source>Add location</source>
        <translation>添加库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="324"/>
        <source>e.g. A, 03 or B07 — no spaces or “/”</source>
        <translation>例如：A、03 或 B07，不能含空格或“/”</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="326"/>
        <source>optional, e.g. 小件区</source>
        <translation>选填，例如：小件区</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="330"/>
        <source>Inside</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="331"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="332"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="333"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="334"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>LocationKind</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="41"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="42"/>
        <source>Zone</source>
        <translation>库区</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="43"/>
        <source>Aisle</source>
        <translation>巷道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="44"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="45"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="46"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="47"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="48"/>
        <source>Inventory loss</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="49"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="50"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="51"/>
        <source>Assembly</source>
        <translation>组装</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="51"/>
        <source>Add warehouse…</source>
        <translation>添加仓库…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="52"/>
        <source>Add location…</source>
        <translation>添加库位…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="53"/>
        <source>Add a zone, aisle, shelf or bin inside the selected location</source>
        <translation>在所选位置下添加库区、巷道、货架或库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="54"/>
        <source>Print bin labels…</source>
        <translation>打印库位标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="55"/>
        <source>Labels for the selected bins, and for every bin inside a selected zone, aisle, shelf or warehouse</source>
        <translation>为所选库位，以及所选库区、巷道、货架或仓库下的所有库位生成标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="62"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="62"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="62"/>
        <source>Label barcode</source>
        <translation>标签条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="70"/>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="132"/>
        <source>Select locations and press “Print bin labels…”; Ctrl-click selects several.</source>
        <translation>选择库位后点击“打印库位标签…”；按住 Ctrl 单击可多选。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="131"/>
        <source>No warehouse yet: press “Add warehouse…” to create the first one.</source>
        <translation>还没有仓库：点击“添加仓库…”创建第一个仓库。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="203"/>
        <source>The selection holds no bins to label.</source>
        <translation>所选范围内没有可打印标签的库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="205"/>
        <source>Save bin labels</source>
        <translation>保存库位标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="210"/>
        <source>Writing %1 labels…</source>
        <translation>正在生成 %1 张标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="219"/>
        <source>1 label saved to &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>1 张标签已保存到 &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="221"/>
        <source>%1 labels on 1 page saved to &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>%1 张标签（共 1 页）已保存到 &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="223"/>
        <source>%1 labels on %2 pages saved to &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</source>
        <translation>%1 张标签（共 %2 页）已保存到 &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="35"/>
        <source>omsdesk — demo</source>
        <translation>omsdesk — 演示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="35"/>
        <source>omsdesk</source>
        <translation>omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="42"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="44"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="46"/>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="48"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="49"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="59"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="70"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="71"/>
        <source>&amp;About omsdesk</source>
        <translation>关于 omsdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="76"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="78"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="85"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="86"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="99"/>
        <source>Syncing 1 shop…</source>
        <translation>正在同步 1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="101"/>
        <source>Syncing %1 shops…</source>
        <translation>正在同步 %1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="104"/>
        <source>Last sync: %1 — %2</source>
        <translation>最近同步：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="143"/>
        <source>About omsdesk</source>
        <translation>关于 omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="144"/>
        <source>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;One order list for the own web shop and the marketplaces.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;一张订单列表，统一管理自营网店和各电商平台的订单。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU GPL 第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingsPanel</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="395"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="395"/>
        <source>Seller SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="395"/>
        <source>Item id</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="396"/>
        <source>Variant id</source>
        <translation>平台规格 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="396"/>
        <source>How</source>
        <translation>对应方式</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="396"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="399"/>
        <source>No shop listing is mapped to this SKU yet. Map listings from Unmapped listings; a seller SKU equal to this code or a barcode maps itself.</source>
        <translation>还没有平台商品对应到此 SKU。请在“未对应平台商品”中进行对应；商家编码与此 SKU 编码或条码相同的平台商品会自动对应。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="403"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="443"/>
        <source>Delete mapping</source>
        <translation>删除对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="431"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="431"/>
        <source>By %1</source>
        <translation>手动（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="444"/>
        <source>Delete this mapping? Open orders resolved through it become unmapped again unless another mapping matches them.</source>
        <translation>删除此对应关系？通过它匹配的未完成订单将重新变为未对应，除非有其他对应关系与之匹配。</translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="37"/>
        <source>Seller SKU, item id, SKU code or name</source>
        <translation>商家编码、平台商品 ID、SKU 编码或名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="40"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="47"/>
        <location filename="../../omsdesk/ui/products/mappings.py" line="51"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="51"/>
        <source>Seller SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="51"/>
        <source>Item id</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="52"/>
        <source>Variant id</source>
        <translation>平台规格 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="52"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="52"/>
        <source>SKU name</source>
        <translation>SKU 名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="53"/>
        <source>How</source>
        <translation>对应方式</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="53"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="58"/>
        <source>No channel mappings yet. Map listings in Unmapped listings, or import a Mappings sheet from Excel. A seller SKU equal to one of your SKU codes or barcodes is mapped automatically when orders are imported.</source>
        <translation>还没有商品对应。请在“未对应平台商品”中进行对应，或从 Excel 导入商品对应（Mappings）工作表。导入订单时，商家编码与某个 SKU 编码或条码相同的平台商品会自动对应。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="65"/>
        <source>New SKU for the selected mapping</source>
        <translation>为所选对应选择新的 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="66"/>
        <source>Change SKU</source>
        <translation>更换 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="67"/>
        <location filename="../../omsdesk/ui/products/mappings.py" line="195"/>
        <source>Delete mapping</source>
        <translation>删除对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="136"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="136"/>
        <source>By %1</source>
        <translation>手动（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="145"/>
        <source>1 mapping</source>
        <translation>1 条对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="146"/>
        <source>%1 mappings</source>
        <translation>%1 条对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="173"/>
        <source>%1 now maps to %2; %3 open order lines follow it.</source>
        <translation>%1 已改为对应 %2，%3 行未完成订单明细随之更新。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/mappings.py" line="196"/>
        <source>Delete the mapping of %1 to %2? Open orders resolved through it become unmapped again unless another mapping matches them.</source>
        <translation>删除 %1 到 %2 的对应关系？通过它匹配的未完成订单将重新变为未对应，除非有其他对应关系与之匹配。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../omsdesk/db/migrate.py" line="69"/>
        <source>This database was created or upgraded by a newer version of omsdesk (schema revision {revision!r}, unknown to this version). Install the newer omsdesk to open it; it was not changed.</source>
        <translation>此数据库由更新版本的 omsdesk 创建或升级（结构版本 {revision!r}，当前版本无法识别）。请安装新版 omsdesk 后再打开；数据库未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/service.py" line="93"/>
        <location filename="../../omsdesk/sync/shops.py" line="208"/>
        <location filename="../../omsdesk/sync/shops.py" line="223"/>
        <source>shop {shop_id} does not exist</source>
        <translation>店铺 {shop_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="76"/>
        <source>unknown channel {channel!r}; known: {known}</source>
        <translation>未知渠道 {channel!r}；可用渠道：{known}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="79"/>
        <source>a shop needs a name</source>
        <translation>请填写店铺名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="82"/>
        <source>{url!r} is not an http(s) address like https://shop.example.com</source>
        <translation>{url!r} 不是有效的 http(s) 地址，例如 https://shop.example.com</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="87"/>
        <source>minutes cannot be negative</source>
        <translation>分钟数不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="95"/>
        <source>{setting} is required for {channel}</source>
        <translation>{channel} 需要填写{setting}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="112"/>
        <source>a shop named {name!r} already exists</source>
        <translation>已存在名为 {name!r} 的店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="144"/>
        <source>shop {shop_id} no longer exists</source>
        <translation>店铺 {shop_id} 已不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="146"/>
        <source>shop {name!r} was changed by someone else while you edited it; reload it and try again</source>
        <translation>您编辑期间，店铺 {name!r} 已被他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="216"/>
        <source>no shop named {name!r} (shops: {known})</source>
        <translation>没有名为 {name!r} 的店铺（现有店铺：{known}）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="226"/>
        <source>no API key is stored for shop {name!r}; edit the shop and enter it again</source>
        <translation>店铺 {name!r} 没有保存 API 密钥；请编辑店铺并重新填写</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="65"/>
        <source>{code!r} is no {kind} code: those have exactly {length} digits</source>
        <translation>{code!r} 不是有效的 {kind} 码：此类条码必须正好是 {length} 位数字</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="70"/>
        <source>{code} has a wrong check digit: the {kind} check digit is {expected}; check for a typing or scanning error</source>
        <translation>{code} 的校验位错误：按 {kind} 规则，校验位应为 {expected}；请检查是否输入或扫描有误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="82"/>
        <source>{code!r} is not a usable barcode: 1–64 characters, no spaces</source>
        <translation>{code!r} 不是有效的条码：须为 1–64 个字符，且不含空格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="111"/>
        <location filename="../../omsdesk/catalog/bundles.py" line="46"/>
        <location filename="../../omsdesk/catalog/bundles.py" line="78"/>
        <location filename="../../omsdesk/catalog/mapping.py" line="267"/>
        <location filename="../../omsdesk/inventory/ledger.py" line="94"/>
        <location filename="../../omsdesk/inventory/queries.py" line="151"/>
        <source>SKU {id} does not exist</source>
        <translation>SKU {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="115"/>
        <source>SKU {sku} already has barcode {code}</source>
        <translation>SKU {sku} 已有条码 {code}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="117"/>
        <location filename="../../omsdesk/catalog/excel.py" line="716"/>
        <source>barcode {code} already belongs to SKU {sku}</source>
        <translation>条码 {code} 已属于 SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="132"/>
        <source>barcode {code} was just given to a SKU on another desktop</source>
        <translation>条码 {code} 刚刚已在另一台电脑上分配给了某个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/barcodes.py" line="140"/>
        <source>barcode {id} does not exist</source>
        <translation>条码 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="48"/>
        <source>SKU {code} is a {kind} SKU, not a bundle of the kind needed here</source>
        <translation>SKU {code} 的类型为 {kind}，不是此处所需类型的组合商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="57"/>
        <location filename="../../omsdesk/catalog/excel.py" line="786"/>
        <source>the quantity must be more than zero, not {quantity}</source>
        <translation>数量必须大于零，不能是 {quantity}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="64"/>
        <source>bundle {code} needs at least one component</source>
        <translation>组合商品 {code} 至少需要一个子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="68"/>
        <source>a component is listed twice in bundle {code}; give it one line with the total quantity</source>
        <translation>组合商品 {code} 中有子商品重复列出；请合并为一行并填写总数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="74"/>
        <location filename="../../omsdesk/catalog/excel.py" line="777"/>
        <source>bundle {code} cannot contain itself</source>
        <translation>组合商品 {code} 不能包含自身</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="80"/>
        <location filename="../../omsdesk/catalog/excel.py" line="774"/>
        <source>{code} is itself a bundle; components must be standard SKUs</source>
        <translation>{code} 本身是组合商品；子商品必须是普通 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="193"/>
        <source>a bundle without components has no split</source>
        <translation>组合商品没有子商品，无法分摊价格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="195"/>
        <source>{total} has more than 2 decimal places</source>
        <translation>{total} 的小数位超过 2 位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="199"/>
        <source>price weights cannot be negative</source>
        <translation>价格分摊权重不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="225"/>
        <location filename="../../omsdesk/inventory/ledger.py" line="89"/>
        <location filename="../../omsdesk/inventory/locations.py" line="71"/>
        <location filename="../../omsdesk/inventory/queries.py" line="180"/>
        <source>location {id} does not exist</source>
        <translation>库位 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="227"/>
        <source>{path} is not a place in a warehouse</source>
        <translation>{path} 不是仓库内的库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="236"/>
        <source>bundle {code} has no components to assemble it from</source>
        <translation>组合商品 {code} 没有子商品，无法组装</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/bundles.py" line="242"/>
        <source>{quantity} bundles need a component quantity with more than 4 decimal places</source>
        <translation>组装 {quantity} 个组合商品所需的子商品数量超过 4 位小数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="261"/>
        <location filename="../../omsdesk/catalog/excel.py" line="269"/>
        <location filename="../../omsdesk/catalog/excel.py" line="271"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="287"/>
        <source>{value!r} is neither TRUE nor FALSE</source>
        <translation>{value!r} 既不是 TRUE 也不是 FALSE</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="298"/>
        <source>{part!r} is not written as name=value (several separated by &apos;;&apos;)</source>
        <translation>{part!r} 的格式不是 名称=值（多项之间用 &apos;;&apos; 分隔）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="311"/>
        <source>attribute {name!r} is given twice</source>
        <translation>属性 {name!r} 重复填写</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="324"/>
        <source>attribute {name!r} has no values</source>
        <translation>属性 {name!r} 没有值</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="335"/>
        <source>{value!r} is not a category path like &apos;服装 / T恤&apos;</source>
        <translation>{value!r} 不是有效的分类路径，格式应如 &apos;服装 / T恤&apos;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="352"/>
        <source>{value!r} is not a SKU kind: use standard, virtual_bundle or prepacked_bundle</source>
        <translation>{value!r} 不是有效的 SKU 类型：请填写 standard、virtual_bundle 或 prepacked_bundle</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="364"/>
        <source>{value!r} is not a barcode kind: use ean13, upca or own</source>
        <translation>{value!r} 不是有效的条码类型：请填写 ean13、upca 或 own</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="429"/>
        <source>the workbook has two {sheet} sheets: {first!r} and {second!r}</source>
        <translation>工作簿中有两个 {sheet} 工作表：{first!r} 和 {second!r}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="435"/>
        <source>the workbook has none of the sheets {sheets}</source>
        <translation>工作簿中没有以下任何工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="450"/>
        <source>the column {header!r} appears twice</source>
        <translation>列 {header!r} 重复出现</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="454"/>
        <source>the sheet has no {column!r} column</source>
        <translation>工作表缺少 {column!r} 列</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="603"/>
        <source>a code is required</source>
        <translation>请填写编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="612"/>
        <source>{code} is also on row {other} of this sheet</source>
        <translation>{code} 与本表第 {other} 行重复</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="632"/>
        <location filename="../../omsdesk/catalog/services.py" line="70"/>
        <source>a name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="646"/>
        <source>{what} {code} already exists; import with “update existing” to change it</source>
        <translation>{what} {code} 已存在；如需修改，请勾选“更新已存在的数据”后再导入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="669"/>
        <source>SPU {code} is neither in the SPUs sheet nor in omsdesk</source>
        <translation>SPU {code} 既不在 SPUs 工作表中，也不在 omsdesk 中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="675"/>
        <source>a SKU code is required</source>
        <translation>请填写 SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="678"/>
        <source>SKU {code} is neither in the SKUs sheet nor in omsdesk</source>
        <translation>SKU {code} 既不在 SKUs 工作表中，也不在 omsdesk 中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="693"/>
        <source>a barcode is required</source>
        <translation>请填写条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="707"/>
        <source>barcode {code} is also on row {other} of this sheet</source>
        <translation>条码 {code} 与本表第 {other} 行重复</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="725"/>
        <source>a shop is required</source>
        <translation>请填写店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="727"/>
        <source>there is no shop named {shop!r}</source>
        <translation>没有名为 {shop!r} 的店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="730"/>
        <location filename="../../omsdesk/catalog/mapping.py" line="104"/>
        <source>a mapping needs the channel&apos;s item id or the seller SKU</source>
        <translation>商品对应须填写平台商品 ID 或商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="734"/>
        <location filename="../../omsdesk/catalog/mapping.py" line="107"/>
        <source>a variant id needs the item id it belongs to</source>
        <translation>填写规格 ID 时，须同时填写其所属的商品 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="739"/>
        <source>the same listing is also on row {other} of this sheet</source>
        <translation>同一平台商品在本表第 {other} 行也出现过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="751"/>
        <source>this listing is already mapped to SKU {sku}; import with “update existing” to map it again</source>
        <translation>该平台商品已对应到 SKU {sku}；如需重新对应，请勾选“更新已存在的数据”后再导入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="766"/>
        <source>SKU {code} is not a bundle: set its kind to virtual_bundle or prepacked_bundle</source>
        <translation>SKU {code} 不是组合商品：请将其类型设为 virtual_bundle 或 prepacked_bundle</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="781"/>
        <source>a quantity is required</source>
        <translation>请填写数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="798"/>
        <source>component {code} of bundle {bundle} is also on row {other} of this sheet</source>
        <translation>组合商品 {bundle} 的子商品 {code} 与本表第 {other} 行重复</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="810"/>
        <source>bundle {code} already has components; import with “update existing” to replace them</source>
        <translation>组合商品 {code} 已有子商品；如需替换，请勾选“更新已存在的数据”后再导入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="826"/>
        <source>not imported: SPU {code} has errors on row {other} of the SPUs sheet</source>
        <translation>未导入：SPU {code} 在 SPUs 工作表第 {other} 行有错误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="834"/>
        <source>not imported: SKU {code} has errors on row {other} of the SKUs sheet</source>
        <translation>未导入：SKU {code} 在 SKUs 工作表第 {other} 行有错误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="841"/>
        <source>not imported: another component of bundle {code} has errors (row {other})</source>
        <translation>未导入：组合商品 {code} 的另一个子商品有错误（第 {other} 行）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="896"/>
        <source>this row clashes with a change just made on another desktop</source>
        <translation>此行与另一台电脑刚刚做出的修改冲突</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="965"/>
        <source>not imported: {code} from the {sheet} sheet was not imported</source>
        <translation>未导入：{sheet} 工作表中的 {code} 未能导入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="1117"/>
        <location filename="../../omsdesk/catalog/services.py" line="670"/>
        <source>SPU code {code} already exists</source>
        <translation>SPU 编码 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="1132"/>
        <source>SPU {id} does not exist</source>
        <translation>SPU {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="112"/>
        <source>{value!r} is longer than {max} characters</source>
        <translation>{value!r} 超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="274"/>
        <source>shop {id} does not exist</source>
        <translation>店铺 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="290"/>
        <source>{listing} of shop {shop} is already mapped to SKU {sku}; change that mapping instead</source>
        <translation>店铺 {shop} 的 {listing} 已对应到 SKU {sku}；请改为修改该对应关系</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="319"/>
        <source>this listing was just mapped on another desktop; reload the list</source>
        <translation>该平台商品刚刚已在另一台电脑上完成对应；请刷新列表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="338"/>
        <source>mapping {id} does not exist</source>
        <translation>商品对应 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="62"/>
        <source>{code!r} is not a usable code: 1–64 characters, no spaces</source>
        <translation>{code!r} 不是有效的编码：须为 1–64 个字符，且不含空格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="72"/>
        <source>{name!r} is longer than {max} characters</source>
        <translation>{name!r} 超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="80"/>
        <source>{value!r} must be 1–{max} characters</source>
        <translation>{value!r} 须为 1–{max} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="93"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="95"/>
        <source>{value} is negative; amounts cannot be</source>
        <translation>{value} 为负数，此处不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="98"/>
        <source>{value} has more than {places} decimal places</source>
        <translation>{value} 的小数位超过 {places} 位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="101"/>
        <source>{value} is too large</source>
        <translation>{value} 过大</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="149"/>
        <source>{what} {id} does not exist</source>
        <translation>{what} {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="172"/>
        <source>a category named {name!r} already exists there</source>
        <translation>该位置下已存在名为 {name!r} 的分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="214"/>
        <source>category {name!r} cannot be moved into itself or one of its subcategories</source>
        <translation>分类 {name!r} 不能移动到自身或其子分类下</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="283"/>
        <source>brand {name!r} already exists</source>
        <translation>品牌 {name!r} 已存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="333"/>
        <source>an attribute needs a name</source>
        <translation>请填写属性名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="360"/>
        <source>SKU code {code} is already used by SKU {existing}</source>
        <translation>SKU 编码 {code} 已被 SKU {existing} 使用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="381"/>
        <source>{code} was just added or changed on another desktop; reload and try again</source>
        <translation>{code} 刚刚在另一台电脑上被添加或修改；请刷新后重试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="444"/>
        <source>SKU {code} was changed by {who} while you edited it ({fields}); reload it and try again</source>
        <translation>在您编辑期间，SKU {code} 已被 {who} 修改（{fields}）；请刷新后重试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="454"/>
        <source>the kind of SKU {code} can no longer change: it is already used ({uses})</source>
        <translation>SKU {code} 已被使用（{uses}），不能再更改类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="458"/>
        <source>SKU {code} still has bundle components; remove them before making it a standard SKU</source>
        <translation>SKU {code} 仍有子商品；请先移除子商品，再将其改为普通 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="472"/>
        <source>the code of SKU {code} can no longer change: it is already used ({uses})</source>
        <translation>SKU {code} 已被使用（{uses}），不能再更改编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="569"/>
        <source>{what} {item!r} is given twice</source>
        <translation>{what} {item!r} 重复填写</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="578"/>
        <source>attribute {name!r} needs at least one value and no empty ones</source>
        <translation>属性 {name!r} 至少需要一个值，且值不能为空</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="585"/>
        <source>attribute {name!r} has {values} values but {codes} codes</source>
        <translation>属性 {name!r} 有 {values} 个值，但有 {codes} 个编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="591"/>
        <source>{code!r} is not a usable value code for {name!r}: 1–20 characters, no spaces</source>
        <translation>{code!r} 不能用作 {name!r} 的值编码：须为 1–20 个字符，且不含空格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="595"/>
        <source>two values of {name!r} get the same code ({codes}); give each value its own code</source>
        <translation>{name!r} 有两个值的编码相同（{codes}）；请为每个值设置不同的编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="621"/>
        <source>{count} variants is more than the {max} an SPU may have</source>
        <translation>{count} 个规格超出了一个 SPU 最多可有的 {max} 个</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="639"/>
        <source>these SKU codes are already in use, nothing was created: {codes}</source>
        <translation>以下 SKU 编码已被使用，未创建任何 SKU：{codes}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/services.py" line="702"/>
        <source>SPU {spu} has no attribute {name!r}; a new attribute would change its existing SKUs</source>
        <translation>SPU {spu} 没有属性 {name!r}；新增属性会改变其现有的 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/excel.py" line="275"/>
        <source>{file} cannot be read as an Excel workbook (.xlsx): {reason}</source>
        <translation>无法将 {file} 读取为 Excel 工作簿（.xlsx）：{reason}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/fonts.py" line="161"/>
        <source>no font that prints both Chinese and Latin text was found: reinstall omsdesk, or install WenQuanYi Micro Hei, or set {variable} to a TrueType font file</source>
        <translation>未找到可同时打印中文和拉丁字母的字体：请重新安装 omsdesk，或安装文泉驿微米黑（WenQuanYi Micro Hei），或将 {variable} 设为一个 TrueType 字体文件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/labels.py" line="171"/>
        <source>there are no labels to print</source>
        <translation>没有要打印的标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/symbols.py" line="51"/>
        <source>{kind!r} is not a barcode kind: use ean13, upca or code128</source>
        <translation>{kind!r} 不是有效的条码类型：请使用 ean13、upca 或 code128</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/symbols.py" line="61"/>
        <source>{code!r} is not an {kind} code: it needs exactly {length} digits</source>
        <translation>{code!r} 不是有效的 {kind} 码：必须正好是 {length} 位数字</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/symbols.py" line="65"/>
        <source>{code!r} has a wrong check digit: the last digit should be {digit}</source>
        <translation>{code!r} 的校验位错误：最后一位应为 {digit}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/symbols.py" line="70"/>
        <source>{code!r} cannot be printed as a Code 128 barcode: use letters, digits and ASCII punctuation only</source>
        <translation>{code!r} 无法打印为 Code 128 条码：只能使用字母、数字和 ASCII 标点符号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/documents/symbols.py" line="129"/>
        <source>the barcode {code!r} is too long to scan well on a {label} label: choose a larger label size</source>
        <translation>条码 {code!r} 太长，在 {label} 标签上难以扫描：请选择更大的标签尺寸</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="82"/>
        <source>a move needs a positive quantity, not {quantity}</source>
        <translation>库存流水的数量必须大于零，不能是 {quantity}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="85"/>
        <source>a move needs two different locations</source>
        <translation>库存流水的来源库位和目标库位不能相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="91"/>
        <location filename="../../omsdesk/inventory/queries.py" line="186"/>
        <source>location {path} is not in use</source>
        <translation>库位 {path} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="96"/>
        <location filename="../../omsdesk/inventory/queries.py" line="154"/>
        <source>{code} is a virtual bundle: move its components, it has no stock of its own</source>
        <translation>{code} 是虚拟组合，本身没有库存：请改为操作其子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="174"/>
        <source>{sku}: only {on_hand} on hand at {location}, {quantity} asked</source>
        <translation>{sku}：{location} 在库仅 {on_hand}，需要 {quantity}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="187"/>
        <source>{sku}: {quantity} cannot leave the warehouse, {reserved} of its {on_hand} are reserved</source>
        <translation>{sku}：无法出库 {quantity}，在库 {on_hand} 中已占用 {reserved}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="244"/>
        <source>a reservation needs a positive quantity</source>
        <translation>占用数量必须大于零</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="258"/>
        <source>{sku}: only {available} available, {quantity} asked; someone may have just taken it</source>
        <translation>{sku}：可用仅 {available}，需要 {quantity}；可能刚被其他人占用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="27"/>
        <source>{code!r} is not a usable code: 1–40 characters, no spaces or &apos;/&apos;</source>
        <translation>{code!r} 不是有效的编码：须为 1–40 个字符，且不含空格或 &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="41"/>
        <source>a warehouse needs a name</source>
        <translation>请填写仓库名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="44"/>
        <source>warehouse {code} already exists</source>
        <translation>仓库 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="60"/>
        <location filename="../../omsdesk/inventory/queries.py" line="168"/>
        <source>warehouse {id} does not exist</source>
        <translation>仓库 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="73"/>
        <source>a {kind} cannot be placed in a {parent}</source>
        <translation>{kind} 不能放在 {parent} 下</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/locations.py" line="77"/>
        <source>location {path} already exists</source>
        <translation>库位 {path} 已存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/outbound.py" line="31"/>
        <source>scrapping {sku} at {path} needs a reason</source>
        <translation>报废 {sku}（库位 {path}）须填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/outbound.py" line="51"/>
        <location filename="../../omsdesk/inventory/purchasing.py" line="123"/>
        <location filename="../../omsdesk/inventory/receiving.py" line="172"/>
        <source>supplier {id} does not exist</source>
        <translation>供应商 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/outbound.py" line="53"/>
        <source>a supplier return needs at least one line</source>
        <translation>退供应商单至少需要一行明细</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/outbound.py" line="54"/>
        <source>the return to {supplier} needs a reason</source>
        <translation>退供应商 {supplier} 须填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/outbound.py" line="84"/>
        <source>adjusting {sku} at {path} needs a reason</source>
        <translation>调整 {sku}（库位 {path}）的库存须填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="38"/>
        <source>purchase order {number} is {state}: only a draft can be edited</source>
        <translation>采购单 {number} 的状态为 {state}：只有草稿可以编辑</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="40"/>
        <source>purchase order {number} is {state}: only a draft can be sent</source>
        <translation>采购单 {number} 的状态为 {state}：只有草稿可以发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="42"/>
        <source>purchase order {number} is {state}: goods can be received only against a sent or partially received order</source>
        <translation>采购单 {number} 的状态为 {state}：只有已发送或部分收货的采购单才能收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="44"/>
        <source>purchase order {number} is {state}: only a partially received order can be closed</source>
        <translation>采购单 {number} 的状态为 {state}：只有部分收货的采购单才能关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="46"/>
        <source>purchase order {number} is {state}: only a draft or sent order can be cancelled</source>
        <translation>采购单 {number} 的状态为 {state}：只有草稿或已发送的采购单才能取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="88"/>
        <source>a supplier needs a code of 1–40 characters</source>
        <translation>供应商编码须为 1–40 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="90"/>
        <source>supplier {code} needs a name</source>
        <translation>请填写供应商 {code} 的名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="92"/>
        <source>a lead time cannot be negative</source>
        <translation>采购周期不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="95"/>
        <source>{currency!r} is not a currency code like CNY</source>
        <translation>{currency!r} 不是有效的币种代码（如 CNY）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="105"/>
        <source>supplier {code} already exists</source>
        <translation>供应商 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="235"/>
        <source>line {line}: {sku} is not in use</source>
        <translation>第 {line} 行：{sku} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="238"/>
        <source>{sku} is on lines {first} and {line}: put it on one line</source>
        <translation>{sku} 同时出现在第 {first} 行和第 {line} 行：请合并为一行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="247"/>
        <source>line {line}: no cost is known for {sku}; enter a unit cost, or set the supplier&apos;s price or the SKU&apos;s cost</source>
        <translation>第 {line} 行：{sku} 没有已知成本；请填写单位成本，或设置供应商价格或 SKU 成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="271"/>
        <source>supplier {code} is not in use</source>
        <translation>供应商 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="301"/>
        <source>purchase order {id} does not exist</source>
        <translation>采购单 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="304"/>
        <source>purchase order {number} was changed by {actor} ({change}) while you had it open; reload it and try again</source>
        <translation>在您打开采购单 {number} 期间，{actor} 修改了它（{change}）；请刷新后重试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/purchasing.py" line="351"/>
        <source>purchase order {number} has no lines to send</source>
        <translation>采购单 {number} 没有明细，无法发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="110"/>
        <source>line {line}, {what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)</source>
        <translation>第 {line} 行，{what}：{quantity} 不是有效的数量（须大于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="114"/>
        <source>{what}: {quantity} is not a usable quantity (zero or more, at most 4 decimal places)</source>
        <translation>{what}：{quantity} 不是有效的数量（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="117"/>
        <source>{what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)</source>
        <translation>{what}：{quantity} 不是有效的数量（须大于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="127"/>
        <source>line {line}, {what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)</source>
        <translation>第 {line} 行，{what}：{cost} 不是有效的单位成本（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="130"/>
        <source>{what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)</source>
        <translation>{what}：{cost} 不是有效的单位成本（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="171"/>
        <source>warehouse {code} is not in use</source>
        <translation>仓库 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="183"/>
        <source>{path} is not a place in a warehouse that holds stock</source>
        <translation>{path} 不是仓库中可存放库存的位置</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="189"/>
        <source>{path} is not in warehouse {warehouse}</source>
        <translation>{path} 不在仓库 {warehouse} 中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="80"/>
        <source>{sku} is not on purchase order {number}; receive it without the order</source>
        <translation>{sku} 不在采购单 {number} 中；请按无采购单方式收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="86"/>
        <source>line {line} of {number} is for {expected}, not {sku}</source>
        <translation>{number} 的第 {line} 行是 {expected}，不是 {sku}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="90"/>
        <source>purchase order line {id} is not on {number}</source>
        <translation>采购单明细 {id} 不属于 {number}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="99"/>
        <source>{sku} on line {line} of {number}: {quantity} received but only {outstanding} outstanding; give a reason for the over-delivery</source>
        <translation>{number} 第 {line} 行的 {sku}：实收 {quantity}，但待收仅 {outstanding}；请填写超收原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="102"/>
        <source>{sku} on line {line} of {number}: {quantity} received of {outstanding} outstanding; give a reason for the short delivery</source>
        <translation>{number} 第 {line} 行的 {sku}：待收 {outstanding}，实收 {quantity}；请填写少收原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="136"/>
        <source>a receipt needs at least one line</source>
        <translation>入库单至少需要一行明细</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="142"/>
        <source>receipt line {line} names a purchase order line but the receipt has no purchase order</source>
        <translation>入库单第 {line} 行指定了采购单明细，但该入库单未关联采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="153"/>
        <source>purchase order {number} is to be received at {expected}, not {warehouse}</source>
        <translation>采购单 {number} 应在 {expected} 收货，而不是 {warehouse}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/receiving.py" line="158"/>
        <source>purchase order {number} is from another supplier</source>
        <translation>采购单 {number} 属于其他供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/replenishment.py" line="60"/>
        <source>{sku}: days of cover must be at least 1, not {days}</source>
        <translation>{sku}：可售天数至少为 1，不能是 {days}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="49"/>
        <source>stocktake {number} is {state}: counts can be recorded only while counting</source>
        <translation>盘点单 {number} 的状态为 {state}：只有盘点进行中才能录入盘点数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="51"/>
        <source>stocktake {number} is {state}: only a count in progress can be posted</source>
        <translation>盘点单 {number} 的状态为 {state}：只有进行中的盘点才能过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="53"/>
        <source>stocktake {number} is {state}: only a count in progress can be cancelled</source>
        <translation>盘点单 {number} 的状态为 {state}：只有进行中的盘点才能取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="84"/>
        <source>the bin range {low} – {high} is empty: the first bin sorts after the last</source>
        <translation>库位范围 {low} – {high} 为空：起始库位排在结束库位之后</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="142"/>
        <location filename="../../omsdesk/inventory/stocktake.py" line="222"/>
        <location filename="../../omsdesk/inventory/stocktake.py" line="329"/>
        <source>stocktake {id} does not exist</source>
        <translation>盘点单 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="145"/>
        <source>stocktake {number} was changed by {actor} ({change}) while you had it open; reload it and try again</source>
        <translation>在您打开盘点单 {number} 期间，{actor} 修改了它（{change}）；请刷新后重试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="157"/>
        <source>{path} is outside the scope of stocktake {number}</source>
        <translation>{path} 不在盘点单 {number} 的盘点范围内</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="160"/>
        <source>{sku} is not one of the SKUs counted in stocktake {number}</source>
        <translation>{sku} 不在盘点单 {number} 的盘点 SKU 范围内</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/stocktake.py" line="294"/>
        <source>nothing has been counted on stocktake {number}</source>
        <translation>盘点单 {number} 尚未录入任何盘点数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="38"/>
        <source>transfer {number} is {state}: only a draft can be shipped</source>
        <translation>调拨单 {number} 的状态为 {state}：只有草稿可以调出</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="40"/>
        <source>transfer {number} is {state}: only a shipped transfer can be received</source>
        <translation>调拨单 {number} 的状态为 {state}：只有已调出的调拨单才能调入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="42"/>
        <source>transfer {number} is {state}: only a draft can be cancelled</source>
        <translation>调拨单 {number} 的状态为 {state}：只有草稿可以取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="60"/>
        <source>a transfer needs two different warehouses, not {warehouse} twice</source>
        <translation>调拨需要两个不同的仓库，调出和调入不能都是 {warehouse}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="63"/>
        <source>a transfer needs at least one line</source>
        <translation>调拨单至少需要一行明细</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="88"/>
        <source>transfer {id} does not exist</source>
        <translation>调拨单 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="91"/>
        <source>transfer {number} was changed by {actor} ({change}) while you had it open; reload it and try again</source>
        <translation>在您打开调拨单 {number} 期间，{actor} 修改了它（{change}）；请刷新后重试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="123"/>
        <source>transfer line {id} is not on {number}</source>
        <translation>调拨明细 {id} 不属于 {number}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="130"/>
        <source>{sku} on {number}: {quantity} received but only {in_transit} still in transit</source>
        <translation>{number} 中的 {sku}：调入 {quantity}，但在途仅 {in_transit}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/transfers.py" line="146"/>
        <source>nothing to receive on transfer {number}</source>
        <translation>调拨单 {number} 没有可调入的商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="58"/>
        <source>order {order_id} does not exist</source>
        <translation>订单 {order_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="64"/>
        <source>choose the carrier</source>
        <translation>请选择快递公司</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="66"/>
        <source>enter the tracking number</source>
        <translation>请填写运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="69"/>
        <source>{tracking} does not look like a {carrier} tracking number</source>
        <translation>{tracking} 不像是{carrier}的运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="73"/>
        <source>order {number} is {state} and cannot ship</source>
        <translation>订单 {number} 状态为 {state}，不能发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="82"/>
        <source>line {line} is not on order {number}</source>
        <translation>第 {line} 行不在订单 {number} 中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="85"/>
        <source>line {line}: {quantity} asked, {left} left to ship</source>
        <translation>第 {line} 行：要发 {quantity}，只剩 {left} 未发</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="89"/>
        <source>everything on order {number} has shipped</source>
        <translation>订单 {number} 已全部发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/stock_sync.py" line="70"/>
        <source>the safety buffer cannot be negative</source>
        <translation>安全库存不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/stock_sync.py" line="72"/>
        <source>the percentage must be 1 to 100</source>
        <translation>百分比须在 1 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/stock_sync.py" line="74"/>
        <source>the maximum cannot be negative</source>
        <translation>上限不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/sync.py" line="52"/>
        <source>{channel} cannot fetch single orders, so failed orders cannot be retried one by one; use “Re-sync from date” instead</source>
        <translation>{channel} 不能单独拉取某个订单，因此无法逐个重试失败订单；请改用“从指定时间重新同步”</translation>
    </message>
</context>
<context>
    <name>MoveReason</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="22"/>
        <source>Receipt</source>
        <translation>采购入库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="23"/>
        <source>Shipment</source>
        <translation>发货出库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="24"/>
        <source>Customer return</source>
        <translation>客户退货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="25"/>
        <source>Return to supplier</source>
        <translation>退供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="26"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="27"/>
        <source>Internal move</source>
        <translation>库内移库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="28"/>
        <source>Transfer out</source>
        <translation>调拨出库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="29"/>
        <source>Transfer in</source>
        <translation>调拨入库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="30"/>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="31"/>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="32"/>
        <source>Assembly</source>
        <translation>组装</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="33"/>
        <source>Disassembly</source>
        <translation>拆分</translation>
    </message>
</context>
<context>
    <name>MovementsPage</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="54"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="77"/>
        <source>SKU or barcode, Enter</source>
        <translation>SKU 或条码，按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="80"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="85"/>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="82"/>
        <source>Bin label or path, Enter</source>
        <translation>库位标签或路径，按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="88"/>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="91"/>
        <source>From this day (inclusive)</source>
        <translation>自该日起（含当日）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="92"/>
        <source>Up to this day (inclusive)</source>
        <translation>截至该日（含当日）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="94"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="188"/>
        <source>All users</source>
        <translation>全部操作人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="98"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="103"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="107"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="114"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="114"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="115"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="115"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="191"/>
        <source>1 movement</source>
        <translation>1 条库存流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="192"/>
        <source>%1 movements</source>
        <translation>%1 条库存流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="215"/>
        <source>Export movements</source>
        <translation>导出库存流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="215"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="235"/>
        <source>%1 movements exported to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>已导出 %1 条库存流水到 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="244"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>MovementsTable</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="34"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="202"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="35"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="203"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="36"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="204"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="37"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="205"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="38"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="206"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="40"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="206"/>
        <source>To</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="42"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="207"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="43"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="208"/>
        <source>Reference</source>
        <translation>单据号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="44"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="210"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="45"/>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="210"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="209"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/movements.py" line="219"/>
        <source>Movements</source>
        <translation>库存流水</translation>
    </message>
</context>
<context>
    <name>NewStocktakeDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="679"/>
        <source>New count</source>
        <translation>新建盘点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="688"/>
        <source>The whole warehouse</source>
        <translation>整个仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="689"/>
        <source>One zone, aisle or shelf</source>
        <translation>单个库区、巷道或货架</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="690"/>
        <source>A range of bins</source>
        <translation>指定库位范围</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="691"/>
        <source>Chosen SKUs (every bin they are in)</source>
        <translation>指定 SKU（盘点其所在的全部库位）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="706"/>
        <source>Blind count: hide the expected quantities while counting</source>
        <translation>盲盘：盘点时隐藏账面数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="707"/>
        <source>Counters then count what is there, not what the books say</source>
        <translation>盘点人员按实物清点，而不是照着账面数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="714"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="723"/>
        <source>Start count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="766"/>
        <source>%1 is already on the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="770"/>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="785"/>
        <source>Choose the warehouse to count.</source>
        <translation>请选择要盘点的仓库。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="789"/>
        <source>Scan or type the SKUs to count.</source>
        <translation>请扫描或输入要盘点的 SKU。</translation>
    </message>
</context>
<context>
    <name>NewTransferDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="295"/>
        <source>New transfer</source>
        <translation>新建调拨</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="307"/>
        <source>From warehouse</source>
        <translation>调出仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="308"/>
        <source>To warehouse</source>
        <translation>调入仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="309"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="311"/>
        <source>Scan the bin you take from, then each item (or type a SKU code)</source>
        <translation>先扫描取货库位，再逐件扫描商品（或输入 SKU 编码）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="321"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="322"/>
        <source>Create transfer</source>
        <translation>创建调拨单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="323"/>
        <source>Create and ship</source>
        <translation>创建并调出</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="324"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="326"/>
        <source>Each scan of an item adds one. Double-click a quantity to type it.</source>
        <translation>每扫描一次商品，数量加 1。双击数量可直接输入。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="357"/>
        <source>The sending warehouse changed: the lines were cleared.</source>
        <translation>调出仓库已更改，明细已清空。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="363"/>
        <source>Taking from: scan a bin label first</source>
        <translation>取货库位：请先扫描库位标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="365"/>
        <source>Taking from: %1</source>
        <translation>取货库位：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="372"/>
        <source>Location %1 belongs to another warehouse. Scan a bin of this warehouse.</source>
        <translation>库位 %1 属于其他仓库。请扫描本仓库的库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="381"/>
        <source>Bin %1 — now scan the items.</source>
        <translation>库位 %1 — 现在请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="386"/>
        <source>%1 scanned, but which bin does it come from? Scan the bin label first.</source>
        <translation>已扫描 %1，但它来自哪个库位？请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="401"/>
        <source>%1 × %2 from %3</source>
        <translation>%1 × %2，取自 %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="414"/>
        <source>Nothing to transfer yet: scan a bin, then the items.</source>
        <translation>还没有要调拨的商品：请先扫描库位，再扫描商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="417"/>
        <source>Choose two different warehouses.</source>
        <translation>请选择两个不同的仓库。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="440"/>
        <source>Created as a draft, but not shipped: %1</source>
        <translation>已创建为草稿，但未能调出：%1</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="79"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单以查看详情。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="132"/>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="133"/>
        <source>Mark these flags as dealt with; the order history keeps them</source>
        <translation>将这些提醒标记为已处理；订单历史中仍会保留</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="164"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="165"/>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="166"/>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="168"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="169"/>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Seller SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Our SKU</source>
        <translation>本系统 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="194"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="220"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="194"/>
        <source>Net</source>
        <translation>未税金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="194"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="224"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="194"/>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="208"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="219"/>
        <source>Goods subtotal</source>
        <translation>商品小计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="221"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="222"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="223"/>
        <source>Total excl. tax</source>
        <translation>未税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="225"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="226"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="274"/>
        <source>Channel status: %1</source>
        <translation>平台状态：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="275"/>
        <source>Created %1</source>
        <translation>下单 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="277"/>
        <source>Paid %1</source>
        <translation>付款 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="290"/>
        <source>(no buyer details)</source>
        <translation>（无买家信息）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="291"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="297"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="347"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="362"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="296"/>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="303"/>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="311"/>
        <source>The order was %1 on the channel after it shipped: handle it as after-sales.</source>
        <translation>订单发货后在平台上变为 %1：请按售后处理。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="314"/>
        <source>Cancelled on the channel (%1) while in the warehouse: take it off the packing table and put the items back.</source>
        <translation>订单在仓库作业中被平台取消（%1）：请从打包台取下并将商品放回库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="319"/>
        <source>the shipping address (check the label)</source>
        <translation>收货地址（请核对面单）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="321"/>
        <source>the lines (kept as allocated here)</source>
        <translation>订单商品（本系统仍按已配货的商品处理）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="322"/>
        <source>The channel changed %1 after this order was allocated.</source>
        <translation>订单配货后，平台修改了%1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="323"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="328"/>
        <source>(not shipped)</source>
        <translation>（未发货）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="333"/>
        <source>confirmed to the channel</source>
        <translation>已回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="334"/>
        <source>waiting to be sent to the channel</source>
        <translation>等待回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="335"/>
        <source>being sent to the channel</source>
        <translation>正在回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="336"/>
        <source>the channel refused it: %1</source>
        <translation>平台拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="338"/>
        <source>not sent to the channel</source>
        <translation>未回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="349"/>
        <source>Same as the shipping address</source>
        <translation>与收货地址相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="353"/>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="357"/>
        <source>Buyer: %1</source>
        <translation>买家留言：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="360"/>
        <source>Seller: %1</source>
        <translation>卖家备注：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="367"/>
        <source>(no changes recorded)</source>
        <translation>（暂无变更记录）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="382"/>
        <source>unmapped</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="394"/>
        <source>No SKU is mapped to this listing yet: map it in Products › Unmapped listings</source>
        <translation>此商品链接尚未匹配 SKU：请到 商品 › 未匹配商品 中匹配</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="77"/>
        <source>New</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="78"/>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="79"/>
        <source>Allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="80"/>
        <source>Picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="81"/>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="82"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="83"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="84"/>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="85"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="67"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="68"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="69"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="70"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="71"/>
        <source>Ship to</source>
        <translation>收货地</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="72"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="73"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="74"/>
        <source>Channel status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="75"/>
        <source>State</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="76"/>
        <source>Payment</source>
        <translation>支付状态</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="276"/>
        <source>The buyer left a remark</source>
        <translation>买家有留言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="280"/>
        <source>The channel&apos;s own status, as it sent it</source>
        <translation>平台返回的原始状态</translation>
    </message>
</context>
<context>
    <name>OrdersWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="71"/>
        <source>Order no., buyer, phone or SKU</source>
        <translation>订单号、买家、电话或 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="75"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="79"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="81"/>
        <source>All statuses</source>
        <translation>全部平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="85"/>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="86"/>
        <source>Only orders the channel changed in a way a person must look at</source>
        <translation>只显示平台端有变动、需要人工处理的订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="87"/>
        <source>Record shipment…</source>
        <translation>登记发货…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="88"/>
        <source>Enter the carrier and tracking number of a parcel that left; the channel is told in the background</source>
        <translation>填写已发出包裹的快递公司和运单号；系统会在后台回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="96"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="96"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="97"/>
        <source>Channel status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="234"/>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="234"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="240"/>
        <source>No orders yet — add a shop in Channels and sync.</source>
        <translation>还没有订单 — 请在“渠道”中添加店铺并同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="241"/>
        <source>Open Channels</source>
        <translation>打开渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="243"/>
        <source>No orders match these filters.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="244"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="256"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="259"/>
        <source>The order list could not be loaded: %1</source>
        <translation>无法加载订单列表：%1</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="143"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="144"/>
        <source>Stock level</source>
        <translation>库存数量</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="57"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="61"/>
        <source>Retry selected</source>
        <translation>重试所选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="62"/>
        <source>Retry all failed</source>
        <translation>重试全部失败项</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="69"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="75"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="75"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="75"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="75"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="75"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="76"/>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="76"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="82"/>
        <source>Nothing to send: tracking numbers and stock levels for this shop appear here when they are queued.</source>
        <translation>没有待回传的内容：该店铺的运单号和库存数量排队后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="91"/>
        <source>Showing the newest %1; choose a state to narrow the list.</source>
        <translation>只显示最新的 %1 条；选择状态可缩小范围。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="170"/>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="175"/>
        <source>Done %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="177"/>
        <source>channel reference %1</source>
        <translation>平台编号 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="180"/>
        <source>The channel refused it or it ran out of attempts; retry it once the cause is fixed.</source>
        <translation>平台拒绝了它，或重试次数已用完；排除原因后再重试。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="185"/>
        <source>All states (%1)</source>
        <translation>全部状态（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="239"/>
        <source>1 push queued again; sending it now.</source>
        <translation>已重新排队 1 项，正在发送。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="241"/>
        <source>%1 pushes queued again; sending them now.</source>
        <translation>已重新排队 %1 项，正在发送。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/outbox.py" line="242"/>
        <source>Nothing to retry: those items are no longer failed.</source>
        <translation>没有可重试的：这些项目已不是失败状态。</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="132"/>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="133"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="134"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="135"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="93"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="94"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="95"/>
        <source>Partially refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="96"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>ProductForms</name>
    <message>
        <location filename="../../omsdesk/ui/products/common.py" line="52"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是有效的数字</translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="74"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="77"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="357"/>
        <source>Unmapped listings</source>
        <translation>未对应平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="78"/>
        <source>Channel mappings</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="82"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="333"/>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="83"/>
        <source>A product with its sales attributes (colour, size…): all its SKUs in one step</source>
        <translation>按销售属性（颜色、尺码…）新建商品：一次生成全部 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="85"/>
        <source>New SKU…</source>
        <translation>新建 SKU…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="86"/>
        <source>A single SKU, e.g. a bundle</source>
        <translation>新建单个 SKU，例如组合商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="87"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="193"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="88"/>
        <source>Export catalogue…</source>
        <translation>导出商品资料…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="89"/>
        <source>Export template…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="90"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="91"/>
        <source>Barcode labels of the selected SKUs, as a PDF</source>
        <translation>将所选 SKU 的条码标签生成为 PDF</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="134"/>
        <source>SKU code or name, or scan a barcode</source>
        <translation>SKU 编码或名称，或扫描条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="137"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="139"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="141"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="145"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="146"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="147"/>
        <source>Active and inactive</source>
        <translation>启用和停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="156"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="156"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="157"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="321"/>
        <source>1 SKU</source>
        <translation>1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="322"/>
        <source>%1 SKUs</source>
        <translation>%1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="331"/>
        <source>No products yet. Create one with its colours and sizes, or import your catalogue from an Excel file.</source>
        <translation>还没有商品。请按颜色和尺码新建商品，或从 Excel 文件导入商品资料。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="335"/>
        <source>No SKU matches these filters.</source>
        <translation>没有符合筛选条件的 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="336"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="349"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="352"/>
        <source>The SKU list could not be loaded: %1</source>
        <translation>无法加载 SKU 列表：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="356"/>
        <source>Unmapped listings (%1)</source>
        <translation>未对应平台商品（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="431"/>
        <source>Created %1 SKUs.</source>
        <translation>已创建 %1 个 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="460"/>
        <source>File saved</source>
        <translation>文件已保存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="460"/>
        <source>Open it now?</source>
        <translation>是否立即打开？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="466"/>
        <source>Could not write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="473"/>
        <source>Import catalogue</source>
        <translation>导入商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="489"/>
        <source>Export catalogue</source>
        <translation>导出商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="493"/>
        <source>Exporting the catalogue…</source>
        <translation>正在导出商品资料…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="496"/>
        <source>Exported %1 SKUs to %2.</source>
        <translation>已导出 %1 个 SKU 到 %2。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="504"/>
        <source>Export import template</source>
        <translation>导出导入模板</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="509"/>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="525"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="526"/>
        <source>Labels for %1 SKUs on:</source>
        <translation>为 %1 个 SKU 打印标签，标签纸：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="532"/>
        <source>Save labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="536"/>
        <source>Drawing %1 labels…</source>
        <translation>正在生成 %1 张标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="544"/>
        <source>%1 labels saved to %2.</source>
        <translation>%1 张标签已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderDialog</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="351"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="351"/>
        <source>New purchase order</source>
        <translation>新建采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="365"/>
        <source>Expected on</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="377"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="378"/>
        <source>Deliver to</source>
        <translation>收货仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="380"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="388"/>
        <source>Scan a barcode, or type a SKU code or name and pick it</source>
        <translation>扫描条码，或输入 SKU 编码或名称后选择</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="399"/>
        <source>Each scan adds one. Double-click a quantity or a unit cost to type it.</source>
        <translation>每扫描一次数量加 1。双击数量或单位成本可直接输入。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="402"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="403"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="404"/>
        <source>Save and mark as sent</source>
        <translation>保存并标记为已发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="405"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="459"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="463"/>
        <source> — not in this supplier&apos;s item list: check the unit cost</source>
        <translation> — 不在该供应商的供货清单中：请核对单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="474"/>
        <source>Lines: %1 · total %2</source>
        <translation>行数：%1 · 合计 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="477"/>
        <source> (+ lines at catalogue cost)</source>
        <translation> （未填成本的行按商品资料成本计）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="485"/>
        <source>Choose the supplier and the warehouse to deliver to.</source>
        <translation>请选择供应商和收货仓库。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="488"/>
        <source>An order without lines cannot be sent: scan or type the SKUs to order.</source>
        <translation>没有明细的采购单不能发送：请扫描或输入要采购的 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="517"/>
        <source>Saved as a draft, but not marked as sent: %1</source>
        <translation>已保存为草稿，但未标记为已发送：%1</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderState</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="68"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="69"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="70"/>
        <source>Partially received</source>
        <translation>部分收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="71"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="72"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="73"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersPage</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="102"/>
        <source>New purchase order…</source>
        <translation>新建采购单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="103"/>
        <source>Edit lines…</source>
        <translation>编辑明细…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="104"/>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="105"/>
        <source>The order went to the supplier: its lines are now expected</source>
        <translation>采购单已发给供应商：其明细数量将计为待到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="106"/>
        <source>Receive…</source>
        <translation>收货…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="108"/>
        <source>No more will come: the outstanding quantities are given up</source>
        <translation>不会再到货：放弃未收数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="109"/>
        <source>Cancel order</source>
        <translation>取消采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="111"/>
        <source>Open orders</source>
        <translation>未完成采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="112"/>
        <source>All orders</source>
        <translation>全部采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="138"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="164"/>
        <source>1 order</source>
        <translation>1 张采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="165"/>
        <source>%1 orders</source>
        <translation>%1 张采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="193"/>
        <source>Select an order to see its lines.</source>
        <translation>选择一张采购单以查看明细。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="203"/>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="205"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="206"/>
        <source>created %1 by %2</source>
        <translation>%2 创建于 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="209"/>
        <source>receipts: %1</source>
        <translation>入库单：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="273"/>
        <source>%1 marked as sent.</source>
        <translation>%1 已标记为已发送。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="278"/>
        <source>Close purchase order</source>
        <translation>关闭采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="279"/>
        <source>Close %1? What is still outstanding will no longer be expected.</source>
        <translation>关闭 %1？未收数量将不再等待到货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="282"/>
        <source>%1 closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="287"/>
        <source>Cancel purchase order</source>
        <translation>取消采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="288"/>
        <source>Cancel %1?</source>
        <translation>确定取消 %1？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="291"/>
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
</context>
<context>
    <name>PurchaseOrdersTable</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="52"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="53"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="54"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="55"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="57"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="59"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="75"/>
        <source>Ordered</source>
        <translation>采购数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="61"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="76"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="63"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="65"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="66"/>
        <source>Expected</source>
        <translation>预计到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="71"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="72"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="322"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="73"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="323"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="74"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="324"/>
        <source>Supplier&apos;s code</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="78"/>
        <source>Outstanding</source>
        <translation>待收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="81"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="327"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="83"/>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="335"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="325"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="329"/>
        <source>catalogue</source>
        <translation>按商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/orders.py" line="332"/>
        <source>The SKU&apos;s cost from the catalogue will be used; double-click to enter a price</source>
        <translation>将使用商品资料中的成本；双击可输入单价</translation>
    </message>
</context>
<context>
    <name>PurchasingWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/workspace.py" line="23"/>
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/workspace.py" line="24"/>
        <source>Receive</source>
        <translation>收货入库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/workspace.py" line="25"/>
        <source>Suggestions</source>
        <translation>采购建议</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/workspace.py" line="26"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="488"/>
        <source>Reason for the difference</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="490"/>
        <source>These lines bring more or less than is outstanding on the order. Say why for each; it is kept with the receipt.</source>
        <translation>以下明细的实收数量与采购单待收数量不符。请逐行说明原因，原因将随入库单一起保存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="497"/>
        <source>%1: %2 received, %3 outstanding (over by %4)</source>
        <translation>%1：本次收货 %2，待收 %3（超收 %4）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="498"/>
        <source>%1: %2 received, %3 outstanding (short by %4)</source>
        <translation>%1：本次收货 %2，待收 %3（短收 %4）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="505"/>
        <source>Supplier sent more</source>
        <translation>供应商多发</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="505"/>
        <source>Extra accepted as agreed with the supplier</source>
        <translation>多发部分已与供应商协商接收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="506"/>
        <source>Partial delivery — the rest follows</source>
        <translation>部分到货，余货后续送达</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="506"/>
        <source>Short delivery</source>
        <translation>供应商少发</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="507"/>
        <source>Damaged in transit, not accepted</source>
        <translation>运输途中损坏，拒收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="510"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="516"/>
        <source>Post receipt</source>
        <translation>入库过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="535"/>
        <source>Every line needs a reason.</source>
        <translation>每一行都需要填写原因。</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="137"/>
        <source>delivery note no., carrier, …</source>
        <translation>送货单号、承运商…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="138"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="140"/>
        <source>Purchase order</source>
        <translation>采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="146"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="149"/>
        <source>Scan the bin label first, then each item — or type a SKU code</source>
        <translation>先扫描库位标签，再逐件扫描商品——或输入 SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="156"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="160"/>
        <source>Set for the selected line</source>
        <translation>设为所选行的数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="165"/>
        <source>Typed quantity</source>
        <translation>输入数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="175"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="176"/>
        <source>Post receipt</source>
        <translation>入库过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="180"/>
        <source>Each scan adds one. Type a quantity and press Enter to set it for the selected line in the current bin.</source>
        <translation>每扫描一次数量加 1。输入数量后按回车，即设为所选行在当前库位的数量。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="187"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="228"/>
        <source>— choose a purchase order —</source>
        <translation>— 请选择采购单 —</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="229"/>
        <source>Without a purchase order</source>
        <translation>无采购单收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="230"/>
        <source>%1 · %2 · %3 — received %4 of %5</source>
        <translation>%1 · %2 · %3 — 已收 %4 / %5</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="235"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="304"/>
        <source>Receiving into: scan a bin label</source>
        <translation>收货库位：请扫描库位标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="307"/>
        <source>Receiving into: %1</source>
        <translation>收货库位：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="315"/>
        <source>Location %1 belongs to another warehouse. Scan a bin of this warehouse.</source>
        <translation>库位 %1 属于其他仓库。请扫描本仓库的库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="321"/>
        <source>Bin %1 — now scan the items.</source>
        <translation>库位 %1 — 现在请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="330"/>
        <source>%1 scanned, but into which bin? Scan the bin label first.</source>
        <translation>已扫描 %1，但要收到哪个库位？请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="337"/>
        <source>%1 (%2) is not on %3. Put it aside, or receive it separately without a purchase order.</source>
        <translation>%1（%2）不在 %3 中。请先放在一旁，或另行按无采购单收货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="348"/>
        <source>+1 %1 → %2</source>
        <translation>+1 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="350"/>
        <source> (%1 of %2 outstanding)</source>
        <translation> （已收 %1 / 待收 %2）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="352"/>
        <source> — more than outstanding: a reason will be asked</source>
        <translation> — 超过待收数量：过账时需填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="365"/>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="392"/>
        <source>Scan the bin first: the quantity is set for the bin scanned last.</source>
        <translation>请先扫描库位：数量将设置到最后扫描的库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="385"/>
        <source>Type a quantity (0 or more).</source>
        <translation>请输入数量（0 或以上）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="389"/>
        <source>Select the line (or scan the item) the quantity is for.</source>
        <translation>请选择该数量对应的行（或扫描该商品）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="398"/>
        <source>%1: %2 into %3</source>
        <translation>%1：%2 件收入 %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="406"/>
        <source>This receipt — items: %1 · lines: %2 · bins: %3</source>
        <translation>本次入库 — 件数：%1 · 行数：%2 · 库位：%3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="450"/>
        <source>Nothing to post yet: choose the order, scan a bin, then the items.</source>
        <translation>还没有可过账的内容：请先选择采购单，扫描库位，再扫描商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="456"/>
        <source>Posting…</source>
        <translation>正在过账…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="468"/>
        <source>%1 posted: %2 items booked into stock.</source>
        <translation>%1 已过账：%2 件商品已入库。</translation>
    </message>
</context>
<context>
    <name>ReceiveTable</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="80"/>
        <source>over by %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="103"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="104"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="105"/>
        <source>Ordered</source>
        <translation>采购数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="106"/>
        <source>Received before</source>
        <translation>此前已收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="108"/>
        <source>This receipt</source>
        <translation>本次收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="111"/>
        <source>Outstanding after</source>
        <translation>收货后待收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="113"/>
        <source>Into bins</source>
        <translation>收入库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="114"/>
        <source>Reason for the difference</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="115"/>
        <source>needed — double-click</source>
        <translation>必填——请双击填写</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/receive.py" line="119"/>
        <source>Double-click to give the reason</source>
        <translation>双击填写原因</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="488"/>
        <source>Receive %1</source>
        <translation>调入 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="497"/>
        <source>%1 from %2 into %3</source>
        <translation>%1：从 %2 调入 %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="501"/>
        <source>Scan the bin you put away into, then each item</source>
        <translation>先扫描上架的库位，再逐件扫描商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="513"/>
        <source>Everything left into this bin</source>
        <translation>剩余全部放入此库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="514"/>
        <source>Put every item still in transit into the bin scanned last</source>
        <translation>将所有仍在途的商品放入最后扫描的库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="515"/>
        <source>Post receipt</source>
        <translation>调入过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="516"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="541"/>
        <source>Putting into: scan a bin label first</source>
        <translation>上架库位：请先扫描库位标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="542"/>
        <source>Putting into: %1</source>
        <translation>上架库位：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="550"/>
        <source>Receiving %1 now; %2 will still be in transit.</source>
        <translation>本次调入 %1，仍有 %2 在途。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="557"/>
        <source>Bin %1 — now scan the items.</source>
        <translation>库位 %1 — 现在请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="576"/>
        <source>%1 scanned, but where does it go? Scan the bin label first.</source>
        <translation>已扫描 %1，但要放到哪里？请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="581"/>
        <source>%1 (%2) is not on transfer %3. Put it aside.</source>
        <translation>%1（%2）不在调拨单 %3 中。请先放在一旁。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="586"/>
        <source>All %1 of %2 on this transfer are already received. This one is extra.</source>
        <translation>本调拨单中的 %1 件 %2 已全部调入。这件是多出来的。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="591"/>
        <source>%1 × %2 into %3</source>
        <translation>%1 × %2 放入 %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="608"/>
        <source>Nothing received yet: scan a bin, then the items.</source>
        <translation>尚未调入任何商品：请先扫描库位，再扫描商品。</translation>
    </message>
</context>
<context>
    <name>ReorderRulesDialog</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="282"/>
        <source>Reorder rules</source>
        <translation>补货规则</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="289"/>
        <source>Scan or type the SKU</source>
        <translation>扫描或输入 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="299"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="300"/>
        <source>Order enough for this many days of recent shipments instead</source>
        <translation>改为按近期发货量，采购足够这么多天销售的数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="302"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="304"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="305"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="306"/>
        <source>Reorder quantity</source>
        <translation>补货量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="307"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="308"/>
        <source>Save rule</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="309"/>
        <source>Remove selected rule</source>
        <translation>删除所选规则</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="310"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="356"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="363"/>
        <source>Scan or type the SKU first.</source>
        <translation>请先扫描或输入 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="367"/>
        <source>Enter the reorder point and the reorder quantity as numbers.</source>
        <translation>请以数字填写补货点和补货量。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="371"/>
        <source>Choose the warehouse.</source>
        <translation>请选择仓库。</translation>
    </message>
</context>
<context>
    <name>ResyncDialog</name>
    <message>
        <location filename="../../omsdesk/ui/channels/resync_dialog.py" line="24"/>
        <source>Re-sync %1</source>
        <translation>重新同步 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/resync_dialog.py" line="27"/>
        <source>Fetches every order of %1 changed since this moment again, whatever was fetched before. Orders that changed are updated, missing ones are added; nothing is duplicated.</source>
        <translation>重新拉取 %1 自此时间以来有变动的全部订单，不论之前是否拉取过。有变化的订单会更新，缺少的会补上，不会重复。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/resync_dialog.py" line="38"/>
        <source>Changed since</source>
        <translation>变动时间自</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/resync_dialog.py" line="40"/>
        <source>Re-sync</source>
        <translation>重新同步</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="104"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="105"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="106"/>
        <source>Finished with errors</source>
        <translation>完成，但有错误</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="107"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="108"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="109"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="125"/>
        <source>Scan a bin label or type its path, then Enter</source>
        <translation>扫描库位标签或输入库位路径，然后按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="127"/>
        <source>Scan a bin label or a product, then Enter</source>
        <translation>扫描库位标签或商品，然后按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="128"/>
        <source>Scan a barcode or type a SKU code, then Enter</source>
        <translation>扫描条码或输入 SKU 编码，然后按回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="300"/>
        <source>%1 could not be looked up: %2</source>
        <translation>无法查询 %1：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="320"/>
        <source>%1 (%2) is no longer in use: it cannot be received, moved or counted.</source>
        <translation>%1（%2）已停用：不能收货、移库或盘点。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="324"/>
        <source>%1 is a virtual bundle: it has no stock of its own. Scan its components instead.</source>
        <translation>%1 是虚拟组合：本身没有库存。请改为扫描其子商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="331"/>
        <source>%1 is the label of location %2, not a product. Scan the product&apos;s barcode.</source>
        <translation>%1 是库位 %2 的标签，不是商品。请扫描商品条码。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="334"/>
        <source>%1 is product %2 (%3), not a bin label. Scan the bin label first.</source>
        <translation>%1 是商品 %2（%3），不是库位标签。请先扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="337"/>
        <source>Unknown code %1: no bin has this label. Check the label, or type the bin path (e.g. SH/A/01).</source>
        <translation>未知编码 %1：没有库位使用此标签。请检查标签，或输入库位路径（例如 SH/A/01）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="340"/>
        <source>Unknown code %1: no product has this barcode or SKU code. Nothing was added.</source>
        <translation>未知编码 %1：没有商品使用此条码或 SKU 编码。未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="345"/>
        <source>%1 is not a place that holds stock (%2). Scan a bin label.</source>
        <translation>%1 不是可存放库存的位置（%2）。请扫描库位标签。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="348"/>
        <source>Location %1 is no longer in use.</source>
        <translation>库位 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/scan.py" line="350"/>
        <source>Location %1 belongs to another warehouse. Scan a bin of this warehouse.</source>
        <translation>库位 %1 属于其他仓库。请扫描本仓库的库位。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="17"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="21"/>
        <source>A change of language takes effect when omsdesk is started again.</source>
        <translation>更改语言后，需重新启动 omsdesk 才会生效。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="41"/>
        <source>Record shipment — %1</source>
        <translation>登记发货 — %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="50"/>
        <source>Type or scan the tracking number</source>
        <translation>输入或扫描运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="52"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="53"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="54"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="54"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="54"/>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="54"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="55"/>
        <source>Ship now</source>
        <translation>本次发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="58"/>
        <source>Lower a quantity to ship part of the order now and the rest later.</source>
        <translation>调小数量即可先发一部分，其余稍后再发。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="66"/>
        <source>Record shipment</source>
        <translation>登记发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/ship_dialog.py" line="100"/>
        <source>Line %1: %2 is not a quantity</source>
        <translation>第 %1 行：%2 不是有效数量</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="94"/>
        <source>Edit shop</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="94"/>
        <source>Add shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="146"/>
        <source>e.g. Web shop (EU)</source>
        <translation>例如：官网商城（欧洲）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="159"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="171"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="179"/>
        <source>Schedule</source>
        <translation>同步计划</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="183"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="184"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="187"/>
        <source>Include this shop in “Sync all” and automatic syncs</source>
        <translation>在“全部同步”和自动同步中包含此店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="215"/>
        <source>The %1 connector could not be loaded: %2</source>
        <translation>无法加载 %1 连接器：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="246"/>
        <source>Your shop&apos;s address, as customers open it.</source>
        <translation>顾客访问店铺时用的网址。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="247"/>
        <source>The shop&apos;s myshopify.com address, not your own domain.</source>
        <translation>店铺的 myshopify.com 地址，不是你自己的域名。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="248"/>
        <source>Taobao Open Platform&apos;s API gateway; keep it unless your app uses another.</source>
        <translation>淘宝开放平台的 API 网关；除非你的应用使用其他网关，否则保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="249"/>
        <source>Pinduoduo Open Platform&apos;s API gateway; keep it unless told otherwise.</source>
        <translation>拼多多开放平台的 API 网关；如无特别说明请保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="250"/>
        <source>The Selling Partner API endpoint of your region (-na, -eu or -fe).</source>
        <translation>你所在区域的 Selling Partner API 地址（-na、-eu 或 -fe）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="267"/>
        <source>A shop stays on its channel; add a new shop for another one.</source>
        <translation>店铺不能更换平台；其他平台请新增店铺。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="314"/>
        <source>%1 is required for %2.</source>
        <translation>%2 需要填写%1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="370"/>
        <source>Connected</source>
        <translation>连接成功</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="381"/>
        <source>Authentication failed: check the credentials</source>
        <translation>认证失败：请检查密钥</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="382"/>
        <source>Unreachable: check the address and that the shop is online</source>
        <translation>无法连接：请检查地址以及店铺是否在线</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="383"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="152"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="153"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="154"/>
        <source>Shop address (URL)</source>
        <translation>店铺地址（URL）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="190"/>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="162"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="360"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>ShopsTable</name>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="31"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 failed</source>
        <translation>新增 %1，更新 %2，未变 %3，失败 %4</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="38"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="47"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="49"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="50"/>
        <source>Every %1 min</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="95"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="96"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="168"/>
        <source>Tracking numbers or stock levels the channel refused; click to see them in the Outbox tab</source>
        <translation>平台拒收的运单号或库存数量；点击在“回传队列”中查看</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="97"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="99"/>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="100"/>
        <source>Failed pushes</source>
        <translation>回传失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="101"/>
        <source>Last result</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="98"/>
        <source>Automatic sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="142"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="147"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>SkuDetailPanel</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="535"/>
        <source>Select a SKU to see and edit its details.</source>
        <translation>选择一个 SKU 以查看和编辑详情。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="568"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="573"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="574"/>
        <location filename="../../omsdesk/ui/products/detail.py" line="694"/>
        <source>Bundle</source>
        <translation>组合商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="575"/>
        <source>Channel mappings</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="576"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="586"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="588"/>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="601"/>
        <source>Reload (discard my edits)</source>
        <translation>重新加载（放弃我的修改）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="677"/>
        <source>Variant of %1</source>
        <translation>所属商品：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="692"/>
        <source>Barcodes (%1)</source>
        <translation>条码（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="693"/>
        <source>Components (%1)</source>
        <translation>子商品（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="695"/>
        <source>Channel mappings (%1)</source>
        <translation>商品对应（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="744"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SkuDialog</name>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="188"/>
        <source>New SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="196"/>
        <source>For a product in several colours or sizes use New product instead: it makes all the variants at once. A bundle gets its components once it is created.</source>
        <translation>有多种颜色或尺码的商品，请改用“新建商品”：可一次生成所有规格。组合商品创建后再添加子商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="201"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>SkuForm</name>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="38"/>
        <source>No category</source>
        <translation>无分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="50"/>
        <source>Active (can be sold, received and counted)</source>
        <translation>启用（可销售、入库和盘点）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="57"/>
        <source>L</source>
        <translation>长</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="58"/>
        <source>W</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="59"/>
        <source>H</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="91"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="93"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="94"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="95"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="96"/>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="171"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="97"/>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="172"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="98"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="99"/>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="100"/>
        <source>Size (cm)</source>
        <translation>尺寸（cm）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="101"/>
        <source>Tax class</source>
        <translation>税率类别</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="134"/>
        <source>The code can no longer change: it is used by %1.</source>
        <translation>编码已不可修改：已被 %1 使用。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="167"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="168"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="169"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/sku_form.py" line="170"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
</context>
<context>
    <name>SkuKind</name>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="58"/>
        <source>Standard</source>
        <translation>普通商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="59"/>
        <source>Virtual bundle</source>
        <translation>虚拟组合</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="60"/>
        <source>Pre-packed bundle</source>
        <translation>预包装组合</translation>
    </message>
</context>
<context>
    <name>SkuPicker</name>
    <message>
        <location filename="../../omsdesk/ui/products/common.py" line="241"/>
        <source>SKU code, name or barcode — type or scan</source>
        <translation>SKU 编码、名称或条码——输入或扫描</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/common.py" line="357"/>
        <source>No SKU has the code or barcode %1.</source>
        <translation>没有编码或条码为 %1 的 SKU。</translation>
    </message>
</context>
<context>
    <name>SkusTable</name>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="67"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="68"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="100"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="101"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="102"/>
        <source>Attributes</source>
        <translation>销售属性</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="103"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="104"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="105"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="106"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="107"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="108"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="109"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="110"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SkusTableModel</name>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="283"/>
        <source>%1 — variant of %2</source>
        <translation>%1 — %2 的规格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="287"/>
        <source>A virtual bundle has no stock of its own; available is what its components make.</source>
        <translation>虚拟组合本身没有库存；可用数为其子商品可组成的数量。</translation>
    </message>
</context>
<context>
    <name>SpuDialog</name>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="152"/>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="176"/>
        <source>e.g. TS01</source>
        <translation>例如：TS01</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="178"/>
        <source>e.g. 纯棉圆领T恤 Cotton crew-neck tee</source>
        <translation>例如：纯棉圆领T恤</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="179"/>
        <source>No category</source>
        <translation>无分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="180"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="181"/>
        <source>Add a category under the chosen one</source>
        <translation>在所选分类下添加子分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="188"/>
        <source>per unit, excl. tax</source>
        <translation>单件，不含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="190"/>
        <source>excl. tax</source>
        <translation>不含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="203"/>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="500"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="203"/>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="501"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="204"/>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="223"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="225"/>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="414"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="227"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="229"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="231"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="235"/>
        <source>Sales attributes</source>
        <translation>销售属性</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="238"/>
        <source>Add attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="242"/>
        <source>Every combination of the values becomes a SKU.</source>
        <translation>属性值的每种组合都会生成一个 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="249"/>
        <source>SKUs to create</source>
        <translation>待创建的 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="252"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="254"/>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="272"/>
        <source>Untick what you do not sell (kept as an inactive SKU, its code reserved). Double-click a code to change it.</source>
        <translation>取消勾选不销售的组合（将保留为停用的 SKU，其编码也会保留）。双击编码可修改。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="287"/>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="406"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="350"/>
        <source>Name of the new category under %1:</source>
        <translation>在 %1 下新建分类的名称：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="351"/>
        <source>Name of the new top-level category:</source>
        <translation>新建一级分类的名称：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="352"/>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="382"/>
        <source>%1 combinations: more than the %2 a product may have</source>
        <translation>%1 种组合：超过了单个商品最多 %2 种的上限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="398"/>
        <source>Add an attribute and its values to see the SKUs.</source>
        <translation>添加属性及其属性值后即可查看 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="400"/>
        <source>%1 SKUs</source>
        <translation>%1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="401"/>
        <source>1 SKU</source>
        <translation>1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="403"/>
        <source>%1 of %2 combinations ticked</source>
        <translation>已勾选 %1 / %2 种组合</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="405"/>
        <source>Create %1 SKUs</source>
        <translation>创建 %1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="414"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="435"/>
        <source>Changed by you; generated: %1</source>
        <translation>已手动修改；系统生成：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="502"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="506"/>
        <source>Tick at least one combination to create.</source>
        <translation>请至少勾选一种要创建的组合。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="510"/>
        <source>“%1” is not a usable SKU code: no spaces, not empty.</source>
        <translation>“%1”不是有效的 SKU 编码：不能为空，也不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/spu_dialog.py" line="514"/>
        <source>Two SKUs would get the code %1 (%2 and %3).</source>
        <translation>有两个 SKU 会使用同一编码 %1（%2 和 %3）。</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="61"/>
        <source>Per bin</source>
        <translation>按库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="62"/>
        <source>Per warehouse</source>
        <translation>按仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="64"/>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="108"/>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="67"/>
        <source>SKU code, name or barcode</source>
        <translation>SKU 编码、名称或条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="72"/>
        <source>Scrap / adjust…</source>
        <translation>报废/调整…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="73"/>
        <source>Take stock out to scrap, return it to the supplier, or correct a quantity — always with a reason</source>
        <translation>出库报废、退供应商或修正数量——均需填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="75"/>
        <source>Show movements</source>
        <translation>查看流水</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="82"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="83"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="127"/>
        <source>1 bin row</source>
        <translation>1 条库位记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="127"/>
        <source>%1 bin rows</source>
        <translation>%1 条库位记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="129"/>
        <source>1 row</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="129"/>
        <source>%1 rows</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="136"/>
        <source>No stock matches these filters.</source>
        <translation>没有符合筛选条件的库存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="137"/>
        <source>No stock yet. Receive goods in Purchasing → Receive, or set up bins in Locations.</source>
        <translation>暂无库存。请在“采购 → 入库”中收货，或在“库位”中设置库位。</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="476"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="476"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="476"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="477"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="491"/>
        <source>A virtual bundle has no stock of its own: %1 can be made from its components.</source>
        <translation>虚拟组合本身没有库存：其子商品可组成 %1 件。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="498"/>
        <source>No stock in any warehouse.</source>
        <translation>所有仓库均无库存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="509"/>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
</context>
<context>
    <name>StockSyncGroup</name>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="155"/>
        <source>Stock sync: publish stock levels to this shop</source>
        <translation>库存同步：向该店铺发布库存数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="161"/>
        <source> units</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="168"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="177"/>
        <source>Publishes what your warehouses can sell (on hand − reserved − open orders), less the safety buffer, times the percentage, at most the maximum.</source>
        <translation>发布仓库的可售数量（在库 − 已预留 − 未处理订单），减去安全库存，乘以比例，且不超过上限。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="179"/>
        <source>Safety buffer</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="180"/>
        <source>Percentage</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="181"/>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="205"/>
        <source>Off: this shop&apos;s stock levels are left as they are on the channel.</source>
        <translation>已关闭：该店铺在平台上的库存保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="208"/>
        <source>Example: with %1 units sellable, this shop shows %2.</source>
        <translation>示例：可售 %1 件时，该店铺显示 %2 件。</translation>
    </message>
</context>
<context>
    <name>StockTable</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="31"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="33"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="34"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="35"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="37"/>
        <source>Reserved</source>
        <translation>已占用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stock.py" line="39"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>StocktakeState</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="92"/>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="93"/>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="94"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StocktakesPage</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="165"/>
        <source>New count…</source>
        <translation>新建盘点…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="166"/>
        <source>Print count sheet…</source>
        <translation>打印盘点表…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="167"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="285"/>
        <source>Cancel count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="169"/>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="170"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="257"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="180"/>
        <source>Count</source>
        <translation>盘点录入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="181"/>
        <source>Variances and posting</source>
        <translation>差异与过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="190"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="215"/>
        <source>1 stocktake</source>
        <translation>1 个盘点单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="216"/>
        <source>%1 stocktakes</source>
        <translation>%1 个盘点单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="285"/>
        <source>Cancel %1? The counts recorded so far are not posted.</source>
        <translation>确定取消 %1 吗？已录入的盘点数不会过账。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="291"/>
        <source>%1 cancelled: nothing was posted.</source>
        <translation>%1 已取消：未过账任何数据。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="303"/>
        <source>Save count sheet</source>
        <translation>保存盘点表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="304"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="321"/>
        <source>Count sheet (1 page) saved to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>盘点表（共 1 页）已保存到 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="322"/>
        <source>Count sheet (%1 pages) saved to &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>盘点表（共 %1 页）已保存到 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StocktakesTable</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="78"/>
        <source>zone %1</source>
        <translation>库区 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="81"/>
        <source>bin %1</source>
        <translation>库位 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="83"/>
        <source>bins %1 – %2</source>
        <translation>库位 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="86"/>
        <source>1 SKU</source>
        <translation>1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="87"/>
        <source>%1 SKUs</source>
        <translation>%1 个 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="88"/>
        <source>whole warehouse</source>
        <translation>整个仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="97"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="98"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="99"/>
        <source>Scope</source>
        <translation>盘点范围</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="100"/>
        <source>Blind</source>
        <translation>盲盘</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="101"/>
        <source>blind</source>
        <translation>盲盘</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="104"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="119"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="131"/>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="107"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="108"/>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="109"/>
        <source>Posted</source>
        <translation>过账时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="113"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="127"/>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="114"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="128"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="115"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="129"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="116"/>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="130"/>
        <source>Expected</source>
        <translation>账面数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="117"/>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="123"/>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="132"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="135"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="136"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="138"/>
        <source>no cost</source>
        <translation>无成本</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="54"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="55"/>
        <source>Reorder rules…</source>
        <translation>补货规则…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="56"/>
        <source>When a SKU is low in a warehouse, and how much to order</source>
        <translation>设置 SKU 在仓库中低于多少时需补货，以及补货多少</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="57"/>
        <source>Create purchase orders</source>
        <translation>生成采购单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="59"/>
        <source>One draft order per supplier and warehouse, from the ticked lines</source>
        <translation>按勾选的行，每个供应商和仓库各生成一张采购单草稿</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="63"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="63"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="63"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="63"/>
        <source>On order</source>
        <translation>采购在途</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="64"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="64"/>
        <source>Order</source>
        <translation>采购量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="64"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="64"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="80"/>
        <source>Untick what you do not want; double-click a quantity in “Order” to change it.</source>
        <translation>取消勾选不需要的行；双击“采购量”中的数量可修改。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="111"/>
        <source>Add these SKUs to a supplier in Suppliers; then they can be ordered</source>
        <translation>请在“供应商”中将这些 SKU 添加到某个供应商，之后即可采购</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="146"/>
        <source>Low SKUs: %1 · suppliers: %2</source>
        <translation>低库存 SKU：%1 · 供应商：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="149"/>
        <source>Nothing to order: no SKU is at or below its reorder point. Set reorder points with “Reorder rules…”.</source>
        <translation>无需采购：没有 SKU 达到或低于补货点。可通过“补货规则…”设置补货点。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="174"/>
        <source>“%1” is not a quantity.</source>
        <translation>“%1”不是有效的数量。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="202"/>
        <source>No supplier known → %1 — add these SKUs to a supplier first</source>
        <translation>无已知供应商 → %1 — 请先将这些 SKU 添加到供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="206"/>
        <source>%1 → %2 · lines: %3 · value %4</source>
        <translation>%1 → %2 · 行数：%3 · 金额 %4</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="241"/>
        <source>Draft purchase orders created: %1. Check them in Purchase orders, then mark them as sent.</source>
        <translation>已生成采购单草稿：%1 张。请在“采购单”中核对，然后标记为已发送。</translation>
    </message>
</context>
<context>
    <name>SuggestionsTable</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="263"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="264"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="265"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="267"/>
        <source>Reorder quantity</source>
        <translation>补货量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suggestions.py" line="269"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="244"/>
        <source>Edit supplier</source>
        <translation>编辑供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="244"/>
        <source>Add supplier</source>
        <translation>添加供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="246"/>
        <source>short code, e.g. ACME</source>
        <translation>简码，例如：ACME</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="257"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="258"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="260"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="260"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="261"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="261"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="262"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="262"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="263"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="263"/>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
</context>
<context>
    <name>SupplierItemDialog</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="306"/>
        <source>Item of %1</source>
        <translation>%1 的供货商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="310"/>
        <source>Scan or type the SKU</source>
        <translation>扫描或输入 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="313"/>
        <source>the supplier&apos;s article number</source>
        <translation>供应商的商品货号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="315"/>
        <source>e.g. 22.50 (%1)</source>
        <translation>例如：22.50（%1）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="319"/>
        <source>Preferred supplier of this SKU (purchase suggestions order here)</source>
        <translation>此 SKU 的首选供应商（采购建议将向其下单）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="321"/>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="322"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="323"/>
        <source>Supplier&apos;s code</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="324"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="325"/>
        <source>Minimum order</source>
        <translation>最小起订量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="346"/>
        <source>Scan or type the SKU first.</source>
        <translation>请先扫描或输入 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="352"/>
        <source>The unit cost must be a number, e.g. 22.50.</source>
        <translation>单位成本必须是数字，例如：22.50。</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="73"/>
        <source>Add supplier…</source>
        <translation>添加供应商…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="74"/>
        <source>Edit supplier…</source>
        <translation>编辑供应商…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="75"/>
        <source>Show inactive</source>
        <translation>显示停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="80"/>
        <source>Add item…</source>
        <translation>添加供货商品…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="81"/>
        <source>Edit item…</source>
        <translation>编辑供货商品…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="117"/>
        <source>1 supplier</source>
        <translation>1 个供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="118"/>
        <source>%1 suppliers</source>
        <translation>%1 个供应商</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="138"/>
        <source>Items</source>
        <translation>供货商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="141"/>
        <source>What %1 supplies</source>
        <translation>%1 供应的商品</translation>
    </message>
</context>
<context>
    <name>SuppliersTable</name>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="35"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="37"/>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="52"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="39"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="41"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="42"/>
        <source>Lead time</source>
        <translation>交货周期</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="43"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="45"/>
        <source>SKUs</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="46"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="47"/>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="51"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="53"/>
        <source>Supplier&apos;s code</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="54"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="55"/>
        <source>Min. order</source>
        <translation>起订量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/purchasing/suppliers.py" line="57"/>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
</context>
<context>
    <name>SyncProgressRow</name>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="180"/>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="198"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="203"/>
        <source>Syncing %1: %2</source>
        <translation>正在同步 %1：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shops_table.py" line="207"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TransferState</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="81"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="82"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="83"/>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="83"/>
        <source>New transfer…</source>
        <translation>新建调拨…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="84"/>
        <source>Ship</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="85"/>
        <source>Take the goods out of their bins: they are in transit until received</source>
        <translation>将货物从库位中取出：调入前处于在途状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="86"/>
        <source>Receive…</source>
        <translation>调入…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="87"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="226"/>
        <source>Cancel transfer</source>
        <translation>取消调拨</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="89"/>
        <source>Open (draft or shipped)</source>
        <translation>未完成（草稿或已调出）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="90"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="112"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="134"/>
        <source>1 transfer</source>
        <translation>1 个调拨单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="135"/>
        <source>%1 transfers</source>
        <translation>%1 个调拨单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="156"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="159"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="219"/>
        <source>%1 shipped: the goods are in transit.</source>
        <translation>%1 已调出：货物在途中。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="227"/>
        <source>Cancel %1? Its reserved stock becomes available again.</source>
        <translation>确定取消 %1 吗？其占用的库存将恢复为可用。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="231"/>
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
</context>
<context>
    <name>TransfersTable</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="45"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="46"/>
        <source>From</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="47"/>
        <source>To</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="50"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="51"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="61"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="270"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="52"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="66"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="53"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="54"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="55"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="59"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="267"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="473"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="60"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="268"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="474"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="62"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="269"/>
        <source>From bin</source>
        <translation>调出库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="63"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="475"/>
        <source>In transit</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="67"/>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="476"/>
        <source>Into bin</source>
        <translation>上架库位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/transfers.py" line="477"/>
        <source>Receiving now</source>
        <translation>本次收货</translation>
    </message>
</context>
<context>
    <name>UnmappedView</name>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="57"/>
        <source>Order lines whose listing is not mapped to one of your SKUs. Pick the SKU and map it once: every order with that listing is resolved.</source>
        <translation>平台商品未对应到您的 SKU 的订单行。选择 SKU 并对应一次：该平台商品的所有订单都会得到处理。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="64"/>
        <source>Filter: title, seller SKU or item id</source>
        <translation>筛选：商品标题、商家编码或商品 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="74"/>
        <source>Listing</source>
        <translation>平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="74"/>
        <source>Seller SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="74"/>
        <source>Item id</source>
        <translation>商品 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="75"/>
        <source>Variant id</source>
        <translation>规格 ID</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="75"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="75"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="76"/>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="90"/>
        <source>Every imported order line is mapped to a SKU.</source>
        <translation>所有已导入的订单行均已对应到 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="96"/>
        <source>Map to: SKU code, name or barcode — type or scan</source>
        <translation>对应到：SKU 编码、名称或条码——输入或扫描</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="97"/>
        <source>Map</source>
        <translation>对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="194"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="207"/>
        <source>1 listing</source>
        <translation>1 个平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="207"/>
        <source>%1 listings</source>
        <translation>%1 个平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="210"/>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="211"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="212"/>
        <source>%1, in %2</source>
        <translation>%1，涉及 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="279"/>
        <source>Select a listing above.</source>
        <translation>请在上方选择一个平台商品。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="282"/>
        <source>Map %1 (%2) of %3 to:</source>
        <translation>将 %3 的 %1（%2）对应到：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="313"/>
        <source>1 order resolved</source>
        <translation>已处理 1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="314"/>
        <source>%1 orders resolved</source>
        <translation>已处理 %1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="315"/>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="316"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/unmapped.py" line="318"/>
        <source>Mapped %1 to %2: %3 (%4).</source>
        <translation>已将 %1 对应到 %2：%3（%4）。</translation>
    </message>
</context>
<context>
    <name>VariancePanel</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="556"/>
        <source>Only lines with a difference</source>
        <translation>仅显示有差异的行</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="566"/>
        <source>Post variances…</source>
        <translation>差异过账…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="567"/>
        <source>Book each difference as an adjustment against inventory loss</source>
        <translation>将每项差异作为库存调整计入盘亏</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="607"/>
        <source>Select a stocktake to review its variances.</source>
        <translation>选择一个盘点单以查看其差异。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="614"/>
        <source>Found +%1 (value %2) · Missing −%3 (value %4) · Net value %5</source>
        <translation>盘盈 +%1（金额 %2）· 盘亏 −%3（金额 %4）· 净额 %5</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="618"/>
        <source>Lines counted: %1</source>
        <translation>已盘行数：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="619"/>
        <source>Nothing counted yet: count in the Count tab first.</source>
        <translation>尚未盘点：请先在“盘点录入”页签中盘点。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="621"/>
        <source>not counted: %1 — posting leaves them as they are</source>
        <translation>未盘点：%1 — 过账时保持原样</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="624"/>
        <source>differences without a cost: %1 — their value is not in the totals</source>
        <translation>无成本的差异：%1 — 其金额未计入合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="631"/>
        <source>%1 posted: every count matched, nothing to book.</source>
        <translation>%1 已过账：实盘数与账面数一致，无需调整。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="633"/>
        <source>%1 posted: 1 adjustment booked.</source>
        <translation>%1 已过账：已生成 1 笔库存调整。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="644"/>
        <source>Post %1? Every count matches the books: nothing will be booked. This cannot be undone.</source>
        <translation>确认过账 %1？实盘数与账面数全部一致，不会生成调整。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="646"/>
        <source>Post %1? 1 adjustment will be booked against inventory loss (net value %3). This cannot be undone.</source>
        <translation>确认过账 %1？将生成 1 笔库存调整（计入盘亏，净额 %3）。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="648"/>
        <source>Post %1? %2 adjustments will be booked against inventory loss (net value %3). This cannot be undone.</source>
        <translation>确定过账 %1 吗？将生成 %2 笔库存调整计入盘亏（净额 %3）。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="652"/>
        <source>Post variances</source>
        <translation>差异过账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/stocktakes.py" line="635"/>
        <source>%1 posted: %2 adjustments booked.</source>
        <translation>%1 已过账：已生成 %2 笔库存调整。</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="286"/>
        <source>Add warehouse</source>
        <translation>添加仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="288"/>
        <source>e.g. SH — short, printed on every bin label</source>
        <translation>例如：SH——简短，会打印在每张库位标签上</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="290"/>
        <source>e.g. 上海主仓</source>
        <translation>例如：上海主仓</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="292"/>
        <source>Allow negative stock (not recommended)</source>
        <translation>允许负库存（不推荐）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="293"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="294"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/inventory/locations.py" line="295"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../omsdesk/ui/products/detail.py" line="456"/>
        <source>Mapping deleted; %1 order lines changed.</source>
        <translation>已删除对应关系；%1 条订单行已变更。</translation>
    </message>
</context>
</TS>
