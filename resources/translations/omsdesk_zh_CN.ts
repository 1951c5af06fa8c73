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
    <name>AddressDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="77"/>
        <source>Edit shipping address — %1</source>
        <translation>修改收货地址 — %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="83"/>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="83"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="83"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="84"/>
        <source>Address line 1</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="84"/>
        <source>Address line 2</source>
        <translation>地址补充</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="84"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="85"/>
        <source>State / province</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="85"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="85"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="93"/>
        <source>Street and number, or 区 / 街道 / 门牌号</source>
        <translation>区 / 街道 / 门牌号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="94"/>
        <source>Building, floor, unit (optional)</source>
        <translation>楼栋、楼层、房号（选填）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="95"/>
        <source>e.g. 浙江省, CA</source>
        <translation>如 浙江省、CA</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="96"/>
        <source>The channel keeps its own copy: the label and the parcel use this address.</source>
        <translation>平台上的地址不变：面单和包裹按此地址发出。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="99"/>
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="113"/>
        <source>The two-letter ISO country code: CN, HK, US, DE …</source>
        <translation>两位 ISO 国家代码：CN、HK、US、DE …</translation>
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
    <name>AfterSalesStatus</name>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="95"/>
        <source>No after-sales</source>
        <translation>无售后</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="96"/>
        <source>After-sales open</source>
        <translation>售后处理中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="97"/>
        <source>After-sales closed</source>
        <translation>售后已关闭</translation>
    </message>
</context>
<context>
    <name>AllocationGroup</name>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="226"/>
        <source>Allocation: where this shop&apos;s orders ship from</source>
        <translation>配货：该店铺订单从哪些仓库发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="231"/>
        <source>Warehouses in shipping order</source>
        <translation>按发货优先级排列的仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="236"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="237"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="238"/>
        <source>Ship from this warehouse before the one above it (Ctrl+Up)</source>
        <translation>优先于上一个仓库发货（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="239"/>
        <source>Ship from this warehouse after the one below it (Ctrl+Down)</source>
        <translation>排在下一个仓库之后发货（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="248"/>
        <source>Wait for all stock</source>
        <translation>等待全部到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="249"/>
        <source>Split off what can ship</source>
        <translation>拆出有货部分先发</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="250"/>
        <source>Allocate what is there</source>
        <translation>有多少配多少</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="254"/>
        <source>Loading warehouses…</source>
        <translation>正在读取仓库…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="264"/>
        <source>An order ships from the first ticked warehouse that has all of it; unticked ones are not used.</source>
        <translation>订单从排在最前、能配齐全部商品的已勾选仓库发货；未勾选的仓库不参与配货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="267"/>
        <source>When none has all of it</source>
        <translation>没有仓库能配齐时</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="299"/>
        <source>No active warehouse yet: add one under Inventory › Locations.</source>
        <translation>还没有启用的仓库：请在“库存 › 库位”中添加。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="345"/>
        <source>Nothing is reserved until one warehouse has the whole order; it waits, flagged out of stock.</source>
        <translation>在某个仓库能配齐整单之前不占用库存；订单继续等待，并标记为缺货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="347"/>
        <source>What the best-stocked warehouse has is split off into its own order and ships now; the rest waits as the original order.</source>
        <translation>将库存最全的仓库现有的商品拆成新订单先发货；其余商品留在原订单中等待到货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="350"/>
        <source>What the best-stocked warehouse has is reserved and the order is allocated, flagged with what is still short.</source>
        <translation>占用库存最全的仓库现有的库存并完成配货，同时标记仍缺少的商品。</translation>
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
    <name>BatchRun</name>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="185"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="207"/>
        <source>Stopping after the current order…</source>
        <translation>处理完当前订单后停止…</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="53"/>
        <source>%1 failed</source>
        <translation>%1 单失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="55"/>
        <location filename="../../omsdesk/ui/orders/actions.py" line="60"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="65"/>
        <source>%1 reviewed</source>
        <translation>已重新审单 %1 单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="70"/>
        <source>%1 approved</source>
        <translation>%1 单审核通过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="71"/>
        <source>%1 still flagged</source>
        <translation>%1 单仍有标记</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="75"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="81"/>
        <location filename="../../omsdesk/ui/orders/actions.py" line="83"/>
        <source>%1 allocated</source>
        <translation>%1 单已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="84"/>
        <source>%1 allocated in part</source>
        <translation>%1 单部分配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="85"/>
        <source>%1 split off and allocated</source>
        <translation>%1 单拆出后已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="86"/>
        <source>%1 waiting for stock</source>
        <translation>%1 单等待到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="88"/>
        <source>nothing to allocate</source>
        <translation>没有需要配货的订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="108"/>
        <source>You stopped it before the end: the orders after these were not touched.</source>
        <translation>已在中途停止：其余订单未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="113"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="113"/>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="123"/>
        <source>Select failed orders</source>
        <translation>选中失败的订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="124"/>
        <source>Select these orders in the list to deal with them</source>
        <translation>在订单列表中选中这些订单，以便处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="126"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="127"/>
        <source>Someone else changed some of these orders: show them as they are now, then try again</source>
        <translation>其中部分订单已被他人修改：重新加载显示最新内容后再试</translation>
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
        <location filename="../../omsdesk/ui/channels/workspace.py" line="91"/>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="92"/>
        <source>Edit shop…</source>
        <translation>编辑店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="93"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="94"/>
        <source>Sync all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="95"/>
        <source>Re-sync from date…</source>
        <translation>从指定时间重新同步…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="96"/>
        <source>Fetch every order changed since a date again, e.g. after the channel was down or orders were changed there in bulk</source>
        <translation>重新拉取自某一时间以来有变动的全部订单，例如平台故障之后或在平台上批量修改了订单之后</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="125"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="300"/>
        <source>Last sync</source>
        <translation>最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="144"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="185"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="144"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="185"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="145"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="185"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="171"/>
        <source>Runs</source>
        <translation>同步记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="185"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="185"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="145"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="186"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="186"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="216"/>
        <source>Import errors</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="222"/>
        <source>%1 pending</source>
        <translation>%1 待发送</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="222"/>
        <source>%1 sending</source>
        <translation>%1 发送中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="223"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="227"/>
        <source>Outbox</source>
        <translation>回传队列</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="231"/>
        <source>Unmapped listings</source>
        <translation>未对应平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="300"/>
        <source>Last sync of %1</source>
        <translation>%1 的最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="311"/>
        <source>%1 has not been synced yet. Press “Sync now” to fetch its orders.</source>
        <translation>%1 尚未同步。点击“立即同步”拉取订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="323"/>
        <source>%1 orders could not be imported; see “Import errors”.</source>
        <translation>%1 个订单未能导入，详见“导入失败”。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="317"/>
        <source>%1 — started %2</source>
        <translation>%1 — 开始于 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="321"/>
        <source>, took %1 s</source>
        <translation>，耗时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="127"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="306"/>
        <source>Select a shop to see its last sync.</source>
        <translation>选择一个店铺以查看其最近一次同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="348"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="308"/>
        <source>The sync could not start: %1</source>
        <translation>同步无法开始：%1</translation>
    </message>
</context>
<context>
    <name>ConnectorSettingsForm</name>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="106"/>
        <source>Leave empty to keep the stored value</source>
        <translation>留空则保留已保存的值</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <location filename="../../connectors/amazon.py" line="537"/>
        <source>LWA client ID</source>
        <translation>LWA 客户端 ID</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="538"/>
        <source>Developer Central › your app › View LWA credentials</source>
        <translation>Developer Central › 你的应用 › 查看 LWA 凭证</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="539"/>
        <source>LWA client secret</source>
        <translation>LWA 客户端密钥</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="540"/>
        <location filename="../../connectors/pinduoduo.py" line="589"/>
        <source>Refresh token</source>
        <translation>Refresh token（刷新令牌）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="541"/>
        <source>Given when the seller authorises the app (Atzr|…)</source>
        <translation>卖家授权应用时获得（Atzr|…）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="542"/>
        <source>Seller ID (merchant token)</source>
        <translation>卖家 ID（Merchant Token）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="543"/>
        <source>Seller Central › Settings › Account Info › Merchant Token; needed to publish stock</source>
        <translation>Seller Central › 设置 › 账户信息 › Merchant Token；同步库存时需要</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="545"/>
        <source>Marketplace IDs (comma separated)</source>
        <translation>商城 ID（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="547"/>
        <source>ATVPDKIKX0DER = US, A1F83G8C2ARO7P = UK, A1PA6795UKMFR9 = DE</source>
        <translation>ATVPDKIKX0DER = 美国，A1F83G8C2ARO7P = 英国，A1PA6795UKMFR9 = 德国</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="549"/>
        <source>LWA token endpoint</source>
        <translation>LWA 令牌地址</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="551"/>
        <source>Leave empty for https://api.amazon.com/auth/o2/token</source>
        <translation>留空即使用 https://api.amazon.com/auth/o2/token</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="552"/>
        <source>Rate limits (operation=rate/burst, …)</source>
        <translation>调用频率（操作=速率/突发，…）</translation>
    </message>
    <message>
        <location filename="../../connectors/amazon.py" line="554"/>
        <source>Only if Amazon raised your limits; empty uses the documented ones</source>
        <translation>仅当亚马逊为你提高了限额时填写；留空则使用文档中的限额</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="584"/>
        <source>Client ID (client_id)</source>
        <translation>Client ID（client_id）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="585"/>
        <source>open.pinduoduo.com › 应用管理: the app&apos;s client_id</source>
        <translation>open.pinduoduo.com › 应用管理：应用的 client_id</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="586"/>
        <source>Client secret (client_secret)</source>
        <translation>Client secret（client_secret）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="587"/>
        <source>Access token</source>
        <translation>Access token（访问令牌）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="588"/>
        <source>From authorising the app for the shop (授权)</source>
        <translation>为店铺授权应用后获得（授权）</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="590"/>
        <source>Lets omsdesk renew the access token when it expires</source>
        <translation>access_token 过期时，omsdesk 用它自动续期</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="591"/>
        <source>Days of orders to import at first</source>
        <translation>首次导入最近几天的订单</translation>
    </message>
    <message>
        <location filename="../../connectors/pinduoduo.py" line="593"/>
        <source>Pinduoduo keeps orders for three months</source>
        <translation>拼多多只保留三个月内的订单</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="585"/>
        <source>Admin API access token</source>
        <translation>Admin API 访问令牌</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="587"/>
        <source>Shopify admin › Settings › Apps and sales channels › Develop apps › your app › API credentials (shpat_…). Leave empty for a Dev Dashboard app.</source>
        <translation>Shopify 后台 › 设置 › 应用和销售渠道 › 开发应用 › 你的应用 › API 凭证（shpat_…）。Dev Dashboard 应用请留空。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="590"/>
        <source>Client ID (Dev Dashboard app)</source>
        <translation>Client ID（Dev Dashboard 应用）</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="591"/>
        <source>Only for an app made in the Shopify Dev Dashboard: omsdesk then fetches access tokens itself.</source>
        <translation>仅用于在 Shopify Dev Dashboard 创建的应用：omsdesk 会自行获取访问令牌。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="593"/>
        <source>Client secret (Dev Dashboard app)</source>
        <translation>Client secret（Dev Dashboard 应用）</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="595"/>
        <source>Location ID for stock</source>
        <translation>库存地点 ID</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="596"/>
        <source>Leave empty to use the shop&apos;s primary location.</source>
        <translation>留空则使用店铺的主地点。</translation>
    </message>
    <message>
        <location filename="../../connectors/shopify.py" line="597"/>
        <source>Email the buyer when shipped (yes/no)</source>
        <translation>发货时邮件通知买家（yes/no）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="506"/>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="507"/>
        <source>Taobao Open Platform console › your app › App Key</source>
        <translation>淘宝开放平台控制台 › 你的应用 › App Key</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="508"/>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="509"/>
        <source>Session key (seller authorisation)</source>
        <translation>SessionKey（卖家授权）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="510"/>
        <source>Issued when the seller authorises the app; when it expires the seller must authorise again.</source>
        <translation>卖家授权应用时获得；过期后需卖家重新授权。</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="512"/>
        <source>Signature method (md5, hmac or hmac-sha256)</source>
        <translation>签名方式（md5、hmac 或 hmac-sha256）</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="514"/>
        <source>Days of orders to fetch on the first sync</source>
        <translation>首次同步拉取的天数</translation>
    </message>
    <message>
        <location filename="../../connectors/taobao.py" line="516"/>
        <source>Taobao only lists changes of the last three months.</source>
        <translation>淘宝只提供最近三个月的订单变动。</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="554"/>
        <source>Consumer key</source>
        <translation>Consumer key（消费者密钥）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="555"/>
        <source>WooCommerce › Settings › Advanced › REST API</source>
        <translation>WooCommerce › 设置 › 高级 › REST API</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="556"/>
        <source>Consumer secret</source>
        <translation>Consumer secret（消费者私钥）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="557"/>
        <source>Authentication (basic, oauth1 or query)</source>
        <translation>认证方式（basic、oauth1 或 query）</translation>
    </message>
    <message>
        <location filename="../../connectors/woocommerce.py" line="559"/>
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
        <location filename="../../omsdesk/ui/inventory/common.py" line="396"/>
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
    <name>InvoiceStatus</name>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="86"/>
        <source>No invoice</source>
        <translation>未开票</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="87"/>
        <source>Invoice requested</source>
        <translation>待开票</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="88"/>
        <source>Invoiced</source>
        <translation>已开票</translation>
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
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="73"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="75"/>
        <source>&amp;About omsdesk</source>
        <translation>关于 omsdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="80"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="82"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="92"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="93"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="106"/>
        <source>Syncing 1 shop…</source>
        <translation>正在同步 1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="108"/>
        <source>Syncing %1 shops…</source>
        <translation>正在同步 %1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="111"/>
        <source>Last sync: %1 — %2</source>
        <translation>最近同步：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="151"/>
        <source>About omsdesk</source>
        <translation>关于 omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="152"/>
        <source>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;One order list for the own web shop and the marketplaces.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;一张订单列表，统一管理自营网店和各电商平台的订单。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU GPL 第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManualOrderDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="126"/>
        <source>New manual order</source>
        <translation>新建手工订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="130"/>
        <source>Create order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="161"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="169"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="170"/>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="233"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="171"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="182"/>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="184"/>
        <source>Unit prices and discounts as typed include tax (usual for consumers); untick for net B2B prices. Shipping carries no tax.</source>
        <translation>输入的单价和折扣含税（零售常见）；B2B 未税价请取消勾选。运费不计税。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="188"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="190"/>
        <source>Untick for a B2B order paid later: it waits in review as unpaid</source>
        <translation>B2B 订单后付款时取消勾选：订单将以“未付款”停在待审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="194"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="194"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="194"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="195"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="195"/>
        <source>Monthly account</source>
        <translation>月结</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="197"/>
        <source>Payment method (optional)</source>
        <translation>付款方式（选填）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="204"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="206"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="212"/>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="219"/>
        <source>Street and number, or 区 / 街道 / 门牌号</source>
        <translation>区 / 街道 / 门牌号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="220"/>
        <source>Building, floor, unit (optional)</source>
        <translation>楼栋、楼层、房号（选填）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="222"/>
        <source>e.g. 浙江省, CA</source>
        <translation>如 浙江省、CA</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="229"/>
        <source>The two-letter ISO country code: CN, HK, US, DE …</source>
        <translation>两位 ISO 国家代码：CN、HK、US、DE …</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="233"/>
        <source>Recipient</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="234"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="234"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="235"/>
        <source>Address line 1</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="236"/>
        <source>Address line 2</source>
        <translation>地址补充</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="237"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="237"/>
        <source>State / province</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="238"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="249"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="251"/>
        <source>Add an item: type a SKU code or name, or scan</source>
        <translation>添加商品：输入 SKU 编码或名称，或扫码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="255"/>
        <source>Add item</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="259"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="259"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="259"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="259"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="259"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="260"/>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="260"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="279"/>
        <source>No items yet: add one above.</source>
        <translation>还没有商品：请在上方添加。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="286"/>
        <source>Shipping and remarks</source>
        <translation>运费和备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="295"/>
        <source>What the buyer asked for</source>
        <translation>买家的要求</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="296"/>
        <source>A note for colleagues and the warehouse</source>
        <translation>给同事和仓库的备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="297"/>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="317"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="298"/>
        <source>Buyer remark</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="299"/>
        <source>Seller remark</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="311"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="316"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="316"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="317"/>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="502"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="317"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="384"/>
        <source>%1 — %2 available</source>
        <translation>%1 — 可用 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="413"/>
        <source>Remove this item</source>
        <translation>移除此商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="427"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="427"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="427"/>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="428"/>
        <source>tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="429"/>
        <source>Line %1: the %2 “%3” is not a number</source>
        <translation>第 %1 行：%2“%3”不是数字</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/manual_order_dialog.py" line="502"/>
        <source>Tax included</source>
        <translation>其中税额</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="94"/>
        <source>Merge orders</source>
        <translation>合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="96"/>
        <source>Orders of the same shop, buyer and address that are not allocated yet can leave as one parcel. Each keeps its own number, money and channel confirmation.</source>
        <translation>同一店铺、同一买家、同一地址且尚未配货的订单可以合并为一个包裹发出。每个订单保留自己的单号、金额和平台回传。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="106"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="106"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="106"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="106"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="117"/>
        <source>Looking for orders to merge…</source>
        <translation>正在查找可合并的订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="120"/>
        <source>Merge</source>
        <translation>合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="153"/>
        <source>No orders to merge: no two open orders share shop, buyer and address.</source>
        <translation>没有可合并的订单：没有两个未完成订单的店铺、买家和地址都相同。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="155"/>
        <source>1 group of orders can be merged.</source>
        <translation>有 1 组订单可以合并。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="157"/>
        <source>%1 groups of orders can be merged.</source>
        <translation>有 %1 组订单可以合并。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="164"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="202"/>
        <source>Only one order is selected: pick a group below, or select two or more orders first.</source>
        <translation>只选了一个订单：请在下方选择一组，或先选择两个及以上的订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="207"/>
        <source>they are merged already.</source>
        <translation>它们已经合并过了。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="209"/>
        <source>they do not share shop, buyer and address, or one of them is allocated already.</source>
        <translation>它们的店铺、买家或地址不同，或其中有订单已配货。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/merge_dialog.py" line="210"/>
        <source>Selected orders %1: %2</source>
        <translation>所选订单 %1：%2</translation>
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
        <location filename="../../omsdesk/orders/allocation.py" line="98"/>
        <location filename="../../omsdesk/orders/allocation.py" line="111"/>
        <location filename="../../omsdesk/sync/service.py" line="94"/>
        <location filename="../../omsdesk/sync/shops.py" line="208"/>
        <location filename="../../omsdesk/sync/shops.py" line="223"/>
        <source>shop {shop_id} does not exist</source>
        <translation>店铺 {shop_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="106"/>
        <source>a warehouse is listed twice in the allocation order; list each once</source>
        <translation>配货仓库顺序中有重复的仓库，每个仓库只能列一次</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="115"/>
        <source>warehouse {warehouse_id} does not exist; choose the shop&apos;s warehouses again</source>
        <translation>仓库 {warehouse_id} 不存在，请重新选择店铺的发货仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="303"/>
        <source>cannot allocate order {number}: line {line} ({listing}) is not mapped to a SKU yet</source>
        <translation>无法为订单 {number} 配货：第 {line} 行（{listing}）尚未对应到 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="309"/>
        <source>cannot allocate order {number}: bundle {code} on line {line} has no components</source>
        <translation>无法为订单 {number} 配货：第 {line} 行的组合商品 {code} 没有设置子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="323"/>
        <source>order {number}, line {line}: {quantity} bundles need a component quantity with more than 4 decimal places</source>
        <translation>订单 {number} 第 {line} 行：{quantity} 套组合商品所需的子商品数量超过 4 位小数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="386"/>
        <source>{sku}: needs {needed}, {available} available in {warehouse}</source>
        <translation>{sku}：需要 {needed}，{warehouse} 可用 {available}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="442"/>
        <source>cannot allocate order {number}: its shop has no active warehouse to ship from</source>
        <translation>无法为订单 {number} 配货：该店铺没有可用的发货仓库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="528"/>
        <source>line {line} {sku}: {allocated} of {quantity} allocated in {warehouse}</source>
        <translation>第 {line} 行 {sku}：共 {quantity}，已在 {warehouse} 配货 {allocated}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/allocation.py" line="694"/>
        <location filename="../../omsdesk/orders/batch.py" line="73"/>
        <source>order {number} was changed by someone else at the same moment; reload it and try again</source>
        <translation>订单 {number} 刚刚同时被其他人修改；请重新加载后再试</translation>
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
        <location filename="../../omsdesk/catalog/mapping.py" line="268"/>
        <location filename="../../omsdesk/inventory/ledger.py" line="102"/>
        <location filename="../../omsdesk/inventory/queries.py" line="165"/>
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
        <location filename="../../omsdesk/inventory/ledger.py" line="97"/>
        <location filename="../../omsdesk/inventory/locations.py" line="71"/>
        <location filename="../../omsdesk/inventory/queries.py" line="194"/>
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
        <location filename="../../omsdesk/catalog/mapping.py" line="105"/>
        <source>a mapping needs the channel&apos;s item id or the seller SKU</source>
        <translation>商品对应须填写平台商品 ID 或商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/excel.py" line="734"/>
        <location filename="../../omsdesk/catalog/mapping.py" line="108"/>
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
        <location filename="../../omsdesk/catalog/mapping.py" line="113"/>
        <source>{value!r} is longer than {max} characters</source>
        <translation>{value!r} 超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="275"/>
        <source>shop {id} does not exist</source>
        <translation>店铺 {id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="291"/>
        <source>{listing} of shop {shop} is already mapped to SKU {sku}; change that mapping instead</source>
        <translation>店铺 {shop} 的 {listing} 已对应到 SKU {sku}；请改为修改该对应关系</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="320"/>
        <source>this listing was just mapped on another desktop; reload the list</source>
        <translation>该平台商品刚刚已在另一台电脑上完成对应；请刷新列表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/catalog/mapping.py" line="339"/>
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
        <location filename="../../omsdesk/inventory/ledger.py" line="90"/>
        <source>a move needs a positive quantity, not {quantity}</source>
        <translation>库存流水的数量必须大于零，不能是 {quantity}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="93"/>
        <source>a move needs two different locations</source>
        <translation>库存流水的来源库位和目标库位不能相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="99"/>
        <location filename="../../omsdesk/inventory/queries.py" line="200"/>
        <source>location {path} is not in use</source>
        <translation>库位 {path} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="104"/>
        <location filename="../../omsdesk/inventory/queries.py" line="168"/>
        <source>{code} is a virtual bundle: move its components, it has no stock of its own</source>
        <translation>{code} 是虚拟组合，本身没有库存：请改为操作其子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="194"/>
        <source>{sku}: only {on_hand} on hand at {location}, {quantity} asked</source>
        <translation>{sku}：{location} 在库仅 {on_hand}，需要 {quantity}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="207"/>
        <source>{sku}: {quantity} cannot leave the warehouse, {reserved} of its {on_hand} are reserved</source>
        <translation>{sku}：无法出库 {quantity}，在库 {on_hand} 中已占用 {reserved}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="264"/>
        <source>a reservation needs a positive quantity</source>
        <translation>占用数量必须大于零</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/ledger.py" line="273"/>
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
        <location filename="../../omsdesk/inventory/queries.py" line="182"/>
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
        <location filename="../../omsdesk/orders/manual.py" line="185"/>
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
        <location filename="../../omsdesk/inventory/queries.py" line="124"/>
        <source>line {line}, {what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)</source>
        <translation>第 {line} 行，{what}：{quantity} 不是有效的数量（须大于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="128"/>
        <source>{what}: {quantity} is not a usable quantity (zero or more, at most 4 decimal places)</source>
        <translation>{what}：{quantity} 不是有效的数量（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="131"/>
        <source>{what}: {quantity} is not a usable quantity (above zero, at most 4 decimal places)</source>
        <translation>{what}：{quantity} 不是有效的数量（须大于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="141"/>
        <source>line {line}, {what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)</source>
        <translation>第 {line} 行，{what}：{cost} 不是有效的单位成本（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="144"/>
        <source>{what}: {cost} is not a usable unit cost (zero or more, at most 4 decimal places)</source>
        <translation>{what}：{cost} 不是有效的单位成本（须大于或等于零，最多 4 位小数）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="185"/>
        <source>warehouse {code} is not in use</source>
        <translation>仓库 {code} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="197"/>
        <source>{path} is not a place in a warehouse that holds stock</source>
        <translation>{path} 不是仓库中可存放库存的位置</translation>
    </message>
    <message>
        <location filename="../../omsdesk/inventory/queries.py" line="203"/>
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
        <location filename="../../omsdesk/fulfilment/services.py" line="69"/>
        <location filename="../../omsdesk/orders/states.py" line="168"/>
        <source>order {order_id} does not exist</source>
        <translation>订单 {order_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="75"/>
        <source>choose the carrier</source>
        <translation>请选择快递公司</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="77"/>
        <source>enter the tracking number</source>
        <translation>请填写运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="80"/>
        <source>{tracking} does not look like a {carrier} tracking number</source>
        <translation>{tracking} 不像是{carrier}的运单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="91"/>
        <location filename="../../omsdesk/orders/split.py" line="61"/>
        <source>line {line} is not on order {number}</source>
        <translation>第 {line} 行不在订单 {number} 中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="94"/>
        <source>line {line}: {quantity} asked, {left} left to ship</source>
        <translation>第 {line} 行：要发 {quantity}，只剩 {left} 未发</translation>
    </message>
    <message>
        <location filename="../../omsdesk/fulfilment/services.py" line="98"/>
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
        <location filename="../../omsdesk/ui/sync.py" line="53"/>
        <source>{channel} cannot fetch single orders, so failed orders cannot be retried one by one; use “Re-sync from date” instead</source>
        <translation>{channel} 不能单独拉取某个订单，因此无法逐个重试失败订单；请改用“从指定时间重新同步”</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="159"/>
        <source>line {n}: SKU {sku} does not exist</source>
        <translation>第 {n} 行：SKU {sku} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="162"/>
        <source>line {n}: SKU {sku} is inactive</source>
        <translation>第 {n} 行：SKU {sku} 已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="165"/>
        <source>line {n} ({sku}): the quantity must be positive, with at most 4 decimals</source>
        <translation>第 {n} 行（{sku}）：数量必须大于 0，最多 4 位小数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="168"/>
        <source>line {n} ({sku}): the unit price cannot be negative</source>
        <translation>第 {n} 行（{sku}）：单价不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="171"/>
        <source>line {n} ({sku}): the tax rate must be from 0 to under 100 %</source>
        <translation>第 {n} 行（{sku}）：税率必须不小于 0 且低于 100%</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="175"/>
        <source>line {n} ({sku}): the discount must be from 0 to the line&apos;s {amount}</source>
        <translation>第 {n} 行（{sku}）：优惠金额必须在 0 至本行金额 {amount} 之间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="182"/>
        <source>enter the buyer&apos;s name</source>
        <translation>请填写买家名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="188"/>
        <source>add at least one item</source>
        <translation>请至少添加一件商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/manual.py" line="192"/>
        <source>shipping cannot be negative</source>
        <translation>运费不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="83"/>
        <source>order {number} is from shop {shop}, order {first} from shop {first_shop}: only orders of one shop can be merged</source>
        <translation>订单 {number} 来自店铺 {shop}，订单 {first} 来自店铺 {first_shop}：只有同一店铺的订单才能合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="89"/>
        <source>order {number} has no shipping address, so it cannot be merged</source>
        <translation>订单 {number} 没有收货地址，无法合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="92"/>
        <source>order {number} goes to another buyer or address than order {first}: only orders of the same buyer and address can be merged</source>
        <translation>订单 {number} 的买家或收货地址与订单 {first} 不同：只有同一买家、同一地址的订单才能合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="102"/>
        <source>choose at least two orders to merge</source>
        <translation>请至少选择两个订单进行合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="107"/>
        <source>orders {numbers} are already merged</source>
        <translation>订单 {numbers} 已经合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/merge.py" line="149"/>
        <source>order {number} is not merged with another order</source>
        <translation>订单 {number} 未与其他订单合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="84"/>
        <source>say why the orders are put on hold</source>
        <translation>请填写挂起订单的原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="129"/>
        <source>say why the orders are cancelled</source>
        <translation>请填写取消订单的原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="139"/>
        <source>enter the recipient&apos;s name</source>
        <translation>请填写收件人姓名</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="141"/>
        <source>enter the street address</source>
        <translation>请填写详细地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="143"/>
        <source>enter the city</source>
        <translation>请填写城市</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="204"/>
        <source>cannot change the priority of order {number}: it is {state}</source>
        <translation>无法修改订单 {number} 的优先级：该订单{state}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/operations.py" line="220"/>
        <source>priority {priority} is out of range (−{limit} to {limit})</source>
        <translation>优先级 {priority} 超出范围（−{limit} 至 {limit}）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="126"/>
        <source>the review amount {amount} must be zero or more and below {max}</source>
        <translation>审单金额 {amount} 必须大于或等于 0 且小于 {max}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="130"/>
        <source>the review amount {amount} has more than 2 decimal places</source>
        <translation>审单金额 {amount} 的小数超过 2 位</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="133"/>
        <source>the duplicate window must be between 1 and {max} hours, not {hours}</source>
        <translation>重复订单的时间范围必须在 1 到 {max} 小时之间，不能是 {hours}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="139"/>
        <source>block list entry {entry!r} is longer than {max} characters</source>
        <translation>黑名单条目 {entry!r} 超过 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="265"/>
        <source>recipient name</source>
        <translation>收货人姓名</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="266"/>
        <source>street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="267"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="268"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="269"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="271"/>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="303"/>
        <source>missing {fields}</source>
        <translation>缺少{fields}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="306"/>
        <source>street address &quot;{line1}&quot; is too short</source>
        <translation>详细地址“{line1}”过短</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="311"/>
        <source>postcode {postcode} is not a {country} postcode</source>
        <translation>邮编 {postcode} 不是有效的 {country} 邮编</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="327"/>
        <source>line {line_no} ({listing}): no SKU mapped</source>
        <translation>第 {line_no} 行（{listing}）：未对应 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="336"/>
        <source>buyer remark: &quot;{remark}&quot;</source>
        <translation>买家留言：“{remark}”</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="339"/>
        <source>seller remark: &quot;{remark}&quot;</source>
        <translation>卖家备注：“{remark}”</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="349"/>
        <source>total {total} {currency} is above {threshold}</source>
        <translation>订单金额 {total} {currency} 超过 {threshold}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="359"/>
        <source>buyer {entry} is on the block list</source>
        <translation>买家 {entry} 在黑名单中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="367"/>
        <source>not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="396"/>
        <source>same goods as order {number} from {ago} earlier</source>
        <translation>与 {ago} 前的订单 {number} 商品相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="431"/>
        <source>bundle {sku} has no components</source>
        <translation>组合商品 {sku} 未设置子商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="436"/>
        <source>{sku}: needs {needed}, {available} available in the shop&apos;s warehouses</source>
        <translation>{sku}：需要 {needed}，店铺仓库可用 {available}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/review.py" line="714"/>
        <source>cannot approve order {number}: map its listings first: {listings}</source>
        <translation>无法审核订单 {number}：请先对应其平台商品：{listings}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/split.py" line="54"/>
        <source>choose the lines or quantities to split off order {number}</source>
        <translation>请选择要从订单 {number} 拆出的商品行或数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/split.py" line="65"/>
        <source>line {line_no} of order {number}: {asked} cannot be split off; choose more than 0 and at most {left}</source>
        <translation>订单 {number} 第 {line_no} 行：不能拆出 {asked}；请填写大于 0 且不超过 {left} 的数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/split.py" line="72"/>
        <source>nothing would be left on order {number}: keep at least one unit on it</source>
        <translation>拆单后订单 {number} 将不剩任何商品：请至少保留一件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="59"/>
        <source>approve</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="61"/>
        <source>put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="62"/>
        <source>release</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="64"/>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="65"/>
        <source>edit the address of</source>
        <translation>修改收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="66"/>
        <source>edit the remarks of</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="67"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="68"/>
        <source>unmerge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="69"/>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="70"/>
        <source>allocate</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="72"/>
        <source>deallocate</source>
        <translation>取消配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="74"/>
        <source>start picking</source>
        <translation>开始拣货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="75"/>
        <source>pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="78"/>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="79"/>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="83"/>
        <source>new (to review)</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="84"/>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="85"/>
        <source>allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="86"/>
        <source>being picked</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="87"/>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="88"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="89"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="90"/>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="91"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="99"/>
        <source>cannot {operation} order {number}: it is {state}</source>
        <translation>订单 {number} {state}，无法{operation}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="182"/>
        <source>order {number} was changed by someone else since you opened it; reload it and try again</source>
        <translation>订单 {number} 在您打开后已被其他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/states.py" line="185"/>
        <source>order {number} was changed by {who} at {when} ({what}) since you opened it; reload it and try again</source>
        <translation>订单 {number} 在您打开后已被 {who} 于 {when} 修改（{what}）；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="149"/>
        <source>a saved view needs a name</source>
        <translation>保存的视图需要一个名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="151"/>
        <source>the view name “{name}” is longer than {limit} characters</source>
        <translation>视图名称“{name}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="157"/>
        <source>there is already a saved view named “{name}”; choose another name</source>
        <translation>已有名为“{name}”的视图，请换一个名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="165"/>
        <source>the saved view {view_id} no longer exists (deleted on another desktop?)</source>
        <translation>视图 {view_id} 已不存在（可能已在另一台电脑上删除）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="331"/>
        <source>tick at least one warehouse for this shop&apos;s orders to ship from</source>
        <translation>请至少勾选一个仓库作为该店铺订单的发货仓库</translation>
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
        <location filename="../../omsdesk/ui/orders/detail.py" line="276"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单以查看详情。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="353"/>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="354"/>
        <source>Mark these flags as dealt with; the order history keeps them</source>
        <translation>将这些提醒标记为已处理；订单历史中仍会保留</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="390"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="392"/>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="394"/>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="396"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="401"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="403"/>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="436"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="437"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="438"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="436"/>
        <source>Seller SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="436"/>
        <source>Our SKU</source>
        <translation>本系统 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="438"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="483"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="427"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="480"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="481"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="482"/>
        <source>Total excl. tax</source>
        <translation>未税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="484"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="485"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="586"/>
        <source>Channel status: %1</source>
        <translation>平台状态：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="570"/>
        <source>Created %1</source>
        <translation>下单 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="572"/>
        <source>Paid %1</source>
        <translation>付款 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="660"/>
        <source>(no buyer details)</source>
        <translation>（无买家信息）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="661"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="703"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="718"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="667"/>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="618"/>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="141"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="347"/>
        <source>Approve the order to let it through anyway, or fix it and review it again</source>
        <translation>审核通过以直接放行，或修正后重新审单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="385"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="387"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="385"/>
        <source>Correct the shipping address (F2)</source>
        <translation>修改收货地址 (F2)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="387"/>
        <source>Write or change the seller remark</source>
        <translation>填写或修改卖家备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="389"/>
        <source>Related orders</source>
        <translation>关联订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="426"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="437"/>
        <source>Allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="437"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="439"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="439"/>
        <source>Net share</source>
        <translation>分摊后金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="448"/>
        <source>The line&apos;s total incl. tax, after its own discount</source>
        <translation>本行含税金额（已扣本行折扣）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="450"/>
        <source>The line&apos;s share of the order total (incl. tax) after order discounts, shipping and fees are spread over the lines (分摊)</source>
        <translation>订单优惠、运费和手续费分摊到各行后，本行在订单合计（含税）中的份额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="453"/>
        <source>On hand less reserved, over all warehouses, for the line&apos;s SKU</source>
        <translation>本行 SKU 在所有仓库的在库数减去已占用数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="477"/>
        <source>Goods</source>
        <translation>商品金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="478"/>
        <source>Line discounts</source>
        <translation>商品折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="479"/>
        <source>Order discount</source>
        <translation>订单优惠</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="516"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="516"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="516"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="516"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="579"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="581"/>
        <source>Warehouse: %1</source>
        <translation>仓库：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="583"/>
        <source>Priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="593"/>
        <source>Manual order</source>
        <translation>手工订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="598"/>
        <source>Split off %1</source>
        <translation>拆自 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="601"/>
        <source>Split into %1</source>
        <translation>已拆出 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="604"/>
        <source>Merged with %1</source>
        <translation>已与 %1 合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="607"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="614"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="636"/>
        <source>The order was %1 on the channel after it shipped: handle it as after-sales.</source>
        <translation>订单发货后在平台上变为 %1：请按售后处理。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="639"/>
        <source>Cancelled on the channel (%1) while in the warehouse: take it off the packing table and put the items back.</source>
        <translation>订单在仓库作业中被平台取消（%1）：请从打包台取下并将商品放回库位。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="644"/>
        <source>the shipping address (check the label)</source>
        <translation>收货地址（请核对面单）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="646"/>
        <source>the lines (kept as allocated here)</source>
        <translation>订单商品（本系统仍按已配货的商品处理）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="649"/>
        <source>The channel changed %1 after this order was allocated.</source>
        <translation>订单配货后，平台修改了%1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="650"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="667"/>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="673"/>
        <source>the order this one was split off</source>
        <translation>本单的原订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="673"/>
        <source>split off this one</source>
        <translation>从本单拆出</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="674"/>
        <source>split off the same order</source>
        <translation>拆自同一订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="674"/>
        <source>merged: same parcel</source>
        <translation>已合单：同一包裹</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="684"/>
        <source>(not shipped)</source>
        <translation>（未发货）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="689"/>
        <source>confirmed to the channel</source>
        <translation>已回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="690"/>
        <source>waiting to be sent to the channel</source>
        <translation>等待回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="691"/>
        <source>being sent to the channel</source>
        <translation>正在回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="692"/>
        <source>the channel refused it: %1</source>
        <translation>平台拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="694"/>
        <source>not sent to the channel</source>
        <translation>未回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="705"/>
        <source>Same as the shipping address</source>
        <translation>与收货地址相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="709"/>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="713"/>
        <source>Buyer: %1</source>
        <translation>买家留言：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="716"/>
        <source>Seller: %1</source>
        <translation>卖家备注：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="734"/>
        <source>History (%1)</source>
        <translation>操作记录 (%1)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="735"/>
        <source>Items (%1)</source>
        <translation>商品 (%1)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="776"/>
        <source>Less than this line still needs</source>
        <translation>少于本行仍需的数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="779"/>
        <source>Net %1 + tax %2</source>
        <translation>未税 %1 + 税 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="799"/>
        <source>The channel&apos;s total differs from ours by %1: kept as it is, not spread over the lines.</source>
        <translation>平台合计与本系统计算相差 %1：差额单独保留，不分摊到各行。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="756"/>
        <source>unmapped</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="772"/>
        <source>No SKU is mapped to this listing yet: map it in Products › Unmapped listings</source>
        <translation>此商品链接尚未匹配 SKU：请到 商品 › 未匹配商品 中匹配</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="61"/>
        <source>This order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/dialog_base.py" line="38"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/dialog_base.py" line="39"/>
        <source>Show the order as it is now; then make your change again</source>
        <translation>显示订单的最新内容，然后重新修改</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/dialog_base.py" line="82"/>
        <source>That did not work: an unexpected error, reported with its details.</source>
        <translation>操作失败：发生意外错误，详情已记录。</translation>
    </message>
</context>
<context>
    <name>OrderFlag</name>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="72"/>
        <source>Short address</source>
        <translation>地址不全</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="73"/>
        <source>Unmapped SKU</source>
        <translation>未匹配商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="74"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="75"/>
        <source>Remark</source>
        <translation>有留言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="76"/>
        <source>High amount</source>
        <translation>大额订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="77"/>
        <source>Blocked buyer</source>
        <translation>黑名单买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="78"/>
        <source>Duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="79"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="80"/>
        <source>Partly allocated</source>
        <translation>部分配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="82"/>
        <source>Cancelled after shipping</source>
        <translation>发货后取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="84"/>
        <source>Cancelled while packing</source>
        <translation>打包中取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="86"/>
        <source>Changed after allocation</source>
        <translation>配货后变更</translation>
    </message>
</context>
<context>
    <name>OrderHistory</name>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="105"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="106"/>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="107"/>
        <source>Released from hold</source>
        <translation>取消挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="108"/>
        <source>Cancelled</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="109"/>
        <source>Address edited</source>
        <translation>修改地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="110"/>
        <source>Remark edited</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="111"/>
        <source>Merged</source>
        <translation>合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="112"/>
        <source>Taken out of its merge group</source>
        <translation>取消合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="113"/>
        <source>Split</source>
        <translation>拆单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="114"/>
        <source>Allocated</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="115"/>
        <source>Deallocated</source>
        <translation>取消配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="116"/>
        <source>Picking started</source>
        <translation>开始拣货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="117"/>
        <source>Packed</source>
        <translation>打包</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="118"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="119"/>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="121"/>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="122"/>
        <source>Changed on the channel</source>
        <translation>平台变更</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="123"/>
        <source>Cancelled on the channel</source>
        <translation>平台取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="124"/>
        <source>Address changed on the channel</source>
        <translation>平台修改地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="171"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
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
    <name>OrderViews</name>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="43"/>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="44"/>
        <source>Flagged: unmapped SKU</source>
        <translation>标记：未匹配商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="46"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="48"/>
        <source>Ready to allocate</source>
        <translation>待配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="50"/>
        <source>Allocated</source>
        <translation>已配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="51"/>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="52"/>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <location filename="../../omsdesk/orders/views.py" line="54"/>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
</context>
<context>
    <name>OrdersTable</name>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="54"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="55"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="56"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="57"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="58"/>
        <source>Ship to</source>
        <translation>收货地</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="59"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="60"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="61"/>
        <source>Channel status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="62"/>
        <source>State</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="63"/>
        <source>Payment</source>
        <translation>支付状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="64"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="104"/>
        <source>⛓ group</source>
        <translation>⛓ 合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="106"/>
        <source>part of %1</source>
        <translation>拆自 %1</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="184"/>
        <source>The buyer left a remark</source>
        <translation>买家有留言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="188"/>
        <source>The channel&apos;s own status, as it sent it</source>
        <translation>平台返回的原始状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="190"/>
        <source>Stock reserved in warehouse %1</source>
        <translation>已在仓库 %1 占用库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="198"/>
        <source>Merged: leaves the warehouse in one parcel with the other orders of its group</source>
        <translation>已合单：与同组其他订单作为一个包裹出库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/model.py" line="200"/>
        <source>Split off order %1</source>
        <translation>拆自订单 %1</translation>
    </message>
</context>
<context>
    <name>OrdersWorkspace</name>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="236"/>
        <source>Order no., buyer, phone or SKU</source>
        <translation>订单号、买家、电话或 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="237"/>
        <source>Three characters or more find any part of an order number, buyer, phone, recipient, SKU or tracking number (Ctrl+F)</source>
        <translation>输入三个或以上字符，可搜索订单号、买家、电话、收件人、SKU 或运单号中的任意部分（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="242"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="246"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="358"/>
        <source>Record shipment…</source>
        <translation>登记发货…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="359"/>
        <source>Enter the carrier and tracking number of a parcel that left; the channel is told in the background</source>
        <translation>填写已发出包裹的快递公司和运单号；系统会在后台回传平台</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="248"/>
        <source>All channel statuses</source>
        <translation>全部平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="249"/>
        <source>The channel&apos;s own status, as it sent it</source>
        <translation>平台返回的原始订单状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="251"/>
        <source>Flags: any</source>
        <translation>标记：不限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="252"/>
        <source>With a flag</source>
        <translation>有标记</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="253"/>
        <source>Without flags</source>
        <translation>无标记</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="256"/>
        <source>Open flags: review reasons and channel changes a person must look at</source>
        <translation>未处理的标记：审单原因，以及需要人工查看的平台变更</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="258"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="258"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="259"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="259"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="260"/>
        <source>Older than 30 days</source>
        <translation>30 天以前</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="262"/>
        <source>When the buyer placed the order</source>
        <translation>买家下单时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="327"/>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="328"/>
        <source>Approve the selected orders; their review flags count as checked</source>
        <translation>审核通过所选订单，其审单标记视为已核实</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="329"/>
        <source>Review again</source>
        <translation>重新审单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="330"/>
        <source>Run the review rules again on the selected new orders (after fixing them): clean ones are approved</source>
        <translation>对所选待审核订单重新执行审单规则（修正后使用）：无问题的订单自动审核通过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="332"/>
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="332"/>
        <source>Put the selected orders on hold, with a reason</source>
        <translation>挂起所选订单，需填写原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="334"/>
        <source>Release</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="334"/>
        <source>Take the selected orders off hold</source>
        <translation>解除所选订单的挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="335"/>
        <source>Cancel orders…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="336"/>
        <source>Cancel the selected orders, with a reason; their reserved stock goes back</source>
        <translation>取消所选订单，需填写原因；已占用的库存将释放</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="337"/>
        <source>Merge…</source>
        <translation>合单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="338"/>
        <source>Merge orders of the same buyer and address into one parcel (suggestions)</source>
        <translation>将同一买家、同一地址的订单合并为一个包裹发货（含合单建议）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="339"/>
        <source>Unmerge</source>
        <translation>取消合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="339"/>
        <source>Take the selected orders out of their merge group</source>
        <translation>将所选订单移出合单组</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="341"/>
        <source>Split…</source>
        <translation>拆单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="341"/>
        <source>Move some lines or quantities of this order into a new order</source>
        <translation>将本订单的部分商品或数量拆分到新订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="343"/>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="398"/>
        <source>Allocate</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="343"/>
        <source>Reserve stock for the selected approved orders</source>
        <translation>为所选已审核订单占用库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="345"/>
        <source>Allocate all approved, oldest first</source>
        <translation>全部已审核订单配货（先下单先配）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="346"/>
        <source>Reserve stock for every approved order, the oldest first</source>
        <translation>为所有已审核订单占用库存，下单早的优先</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="347"/>
        <source>Allocate all approved, by priority</source>
        <translation>全部已审核订单配货（按优先级）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="348"/>
        <source>Reserve stock for every approved order, the highest priority first</source>
        <translation>为所有已审核订单占用库存，优先级高的优先</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="350"/>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="979"/>
        <source>Deallocate</source>
        <translation>取消配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="351"/>
        <source>Give the selected orders&apos; reserved stock back; they return to approved</source>
        <translation>释放所选订单已占用的库存，订单退回已审核状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="352"/>
        <source>Edit address…</source>
        <translation>修改地址…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="352"/>
        <source>Fix the shipping address of this order</source>
        <translation>修改本订单的收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="354"/>
        <source>Edit remark…</source>
        <translation>修改备注…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="354"/>
        <source>Write the seller remark of this order</source>
        <translation>填写本订单的卖家备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="356"/>
        <source>New manual order…</source>
        <translation>新建手工订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="357"/>
        <source>Enter an order taken by phone or for a B2B buyer</source>
        <translation>录入电话订单或企业客户（B2B）订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="361"/>
        <source>Save current filter as view…</source>
        <translation>将当前筛选保存为视图…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="362"/>
        <source>Keep the current filter as a view in the list at the left</source>
        <translation>将当前筛选条件保存为左侧列表中的视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="363"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="363"/>
        <source>List every keyboard shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="365"/>
        <source>Next order</source>
        <translation>下一个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="365"/>
        <source>Move to the next order</source>
        <translation>移到下一个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="366"/>
        <source>Previous order</source>
        <translation>上一个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="366"/>
        <source>Move to the previous order</source>
        <translation>移到上一个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="368"/>
        <source>Select or unselect this order</source>
        <translation>选中或取消选中此订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="369"/>
        <source>Add the current order to the selection, or take it out</source>
        <translation>将当前订单加入选择，或从选择中移除</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="370"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="370"/>
        <source>Go to the search field</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="371"/>
        <source>Clear search</source>
        <translation>清空搜索</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="371"/>
        <source>Clear the search and go back to the list</source>
        <translation>清空搜索并回到订单列表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="373"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="373"/>
        <source>Read the list again</source>
        <translation>重新读取订单列表</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="375"/>
        <source>View %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="376"/>
        <source>Show the view at this place in the list at the left</source>
        <translation>显示左侧列表中该位置的视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="378"/>
        <source>Cancel</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="378"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="399"/>
        <source>Reserve stock: for the selection (Ctrl+L) or every approved order</source>
        <translation>占用库存：为所选订单（Ctrl+L）或全部已审核订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="414"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="440"/>
        <source>Show view 1 … 9 of the list at the left</source>
        <translation>显示左侧列表中的第 1 … 9 个视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="440"/>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="441"/>
        <source>Move up / down</source>
        <translation>上移 / 下移</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="441"/>
        <source>Up / Down</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="442"/>
        <source>Extend the selection</source>
        <translation>扩展选择</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="442"/>
        <source>Shift+Up / Shift+Down, Shift+click</source>
        <translation>Shift+↑ / Shift+↓，Shift+单击</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="443"/>
        <source>Add to or take from the selection</source>
        <translation>加入或移出选择</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="443"/>
        <source>Ctrl+click</source>
        <translation>Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="444"/>
        <source>Go to the order&apos;s details</source>
        <translation>转到订单详情</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="444"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="603"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="604"/>
        <source>Name of the view (every desktop sees it):</source>
        <translation>视图名称（所有电脑都能看到）：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="619"/>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="619"/>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="632"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="633"/>
        <source>Delete the view “%1” for everyone? The orders stay as they are.</source>
        <translation>要为所有人删除视图“%1”吗？订单本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="649"/>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="649"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="651"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · 已选 %2 个</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="660"/>
        <source>No orders yet — add a shop in Channels and sync.</source>
        <translation>还没有订单 — 请在“渠道”中添加店铺并同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="661"/>
        <source>Open Channels</source>
        <translation>打开渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="665"/>
        <source>No orders in “%1” right now.</source>
        <translation>“%1”中暂时没有订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="666"/>
        <source>Show all orders</source>
        <translation>显示全部订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="668"/>
        <source>No orders match these filters.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="669"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="683"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="686"/>
        <source>The order list could not be loaded: %1</source>
        <translation>无法加载订单列表：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="899"/>
        <source>Approve orders</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="899"/>
        <source>Approving orders…</source>
        <translation>正在审核订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="899"/>
        <source>%1 approved</source>
        <translation>%1 单已审核</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="905"/>
        <source>Review orders again</source>
        <translation>重新审单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="905"/>
        <source>Reviewing orders…</source>
        <translation>正在重新审单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="913"/>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="914"/>
        <source>Why is order %1 put on hold?</source>
        <translation>订单 %1 为什么挂起？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="914"/>
        <source>Why are these %1 orders put on hold?</source>
        <translation>这 %1 个订单为什么挂起？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="919"/>
        <source>Put orders on hold</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="919"/>
        <source>Putting orders on hold…</source>
        <translation>正在挂起订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="920"/>
        <source>%1 put on hold</source>
        <translation>%1 单已挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="926"/>
        <source>Release orders</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="926"/>
        <source>Releasing orders…</source>
        <translation>正在解除挂起…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="926"/>
        <source>%1 released</source>
        <translation>%1 单已解除挂起</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="934"/>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="943"/>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="949"/>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="935"/>
        <source>Why is order %1 cancelled?</source>
        <translation>订单 %1 为什么取消？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="935"/>
        <source>Why are these %1 orders cancelled?</source>
        <translation>这 %1 个订单为什么取消？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="939"/>
        <source>Cancel order %1? Its reserved stock goes back; this cannot be undone.</source>
        <translation>确定取消订单 %1 吗？已占用的库存将释放，此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="941"/>
        <source>Cancel these %1 orders? Their reserved stock goes back; this cannot be undone.</source>
        <translation>确定取消这 %1 个订单吗？已占用的库存将释放，此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="949"/>
        <source>Cancelling orders…</source>
        <translation>正在取消订单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="949"/>
        <source>%1 cancelled</source>
        <translation>%1 单已取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="974"/>
        <source>Allocate stock</source>
        <translation>配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="974"/>
        <source>Reserving stock…</source>
        <translation>正在占用库存…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="979"/>
        <source>Giving stock back…</source>
        <translation>正在释放库存…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="979"/>
        <source>%1 deallocated</source>
        <translation>%1 单已取消配货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="985"/>
        <source>Unmerge orders</source>
        <translation>取消合单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="985"/>
        <source>Unmerging orders…</source>
        <translation>正在取消合单…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="985"/>
        <source>%1 unmerged</source>
        <translation>%1 单已取消合单</translation>
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
        <location filename="../../omsdesk/ui/products/workspace.py" line="86"/>
        <source>SKUs</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="89"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="357"/>
        <source>Unmapped listings</source>
        <translation>未对应平台商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="90"/>
        <source>Channel mappings</source>
        <translation>商品对应</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="94"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="333"/>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="95"/>
        <source>A product with its sales attributes (colour, size…): all its SKUs in one step</source>
        <translation>按销售属性（颜色、尺码…）新建商品：一次生成全部 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="97"/>
        <source>New SKU…</source>
        <translation>新建 SKU…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="98"/>
        <source>A single SKU, e.g. a bundle</source>
        <translation>新建单个 SKU，例如组合商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="99"/>
        <location filename="../../omsdesk/ui/products/workspace.py" line="194"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="100"/>
        <source>Export catalogue…</source>
        <translation>导出商品资料…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="101"/>
        <source>Export template…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="102"/>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="103"/>
        <source>Barcode labels of the selected SKUs, as a PDF</source>
        <translation>将所选 SKU 的条码标签生成为 PDF</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="146"/>
        <source>SKU code or name, or scan a barcode</source>
        <translation>SKU 编码或名称，或扫描条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="149"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="151"/>
        <source>All brands</source>
        <translation>全部品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="153"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="157"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="158"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="159"/>
        <source>Active and inactive</source>
        <translation>启用和停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="168"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="168"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="169"/>
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
        <location filename="../../omsdesk/ui/products/workspace.py" line="413"/>
        <source>Created %1 SKUs.</source>
        <translation>已创建 %1 个 SKU。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="442"/>
        <source>File saved</source>
        <translation>文件已保存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="442"/>
        <source>Open it now?</source>
        <translation>是否立即打开？</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="448"/>
        <source>Could not write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="455"/>
        <source>Import catalogue</source>
        <translation>导入商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="471"/>
        <source>Export catalogue</source>
        <translation>导出商品资料</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="475"/>
        <source>Exporting the catalogue…</source>
        <translation>正在导出商品资料…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="478"/>
        <source>Exported %1 SKUs to %2.</source>
        <translation>已导出 %1 个 SKU 到 %2。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="486"/>
        <source>Export import template</source>
        <translation>导出导入模板</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="491"/>
        <source>Template saved to %1.</source>
        <translation>模板已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="507"/>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="508"/>
        <source>Labels for %1 SKUs on:</source>
        <translation>为 %1 个 SKU 打印标签，标签纸：</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="514"/>
        <source>Save labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="518"/>
        <source>Drawing %1 labels…</source>
        <translation>正在生成 %1 张标签…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/workspace.py" line="526"/>
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
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="10"/>
        <source>Waiting for the buyer to confirm the address</source>
        <translation>等待买家确认地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="10"/>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="15"/>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="21"/>
        <source>Suspected fraud</source>
        <translation>疑似欺诈</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="11"/>
        <source>Buyer asked to wait</source>
        <translation>买家要求暂缓发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="11"/>
        <source>Waiting for stock</source>
        <translation>等待到货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="11"/>
        <source>Waiting for payment</source>
        <translation>等待付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="15"/>
        <source>Buyer asked to cancel</source>
        <translation>买家要求取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="15"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="15"/>
        <source>Duplicate order</source>
        <translation>重复订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="16"/>
        <source>Address cannot be delivered to</source>
        <translation>地址无法送达</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="21"/>
        <source>Address incomplete: contacting the buyer</source>
        <translation>地址不完整：正在联系买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="21"/>
        <source>Suspected duplicate</source>
        <translation>疑似重复订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="22"/>
        <source>Buyer on the block list</source>
        <translation>买家在黑名单中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="22"/>
        <source>Remark needs an answer</source>
        <translation>留言需要回复</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/reason_dialog.py" line="39"/>
        <source>Choose a reason or type your own</source>
        <translation>选择原因或自行填写</translation>
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
    <name>RemarksDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="155"/>
        <source>Seller remark — %1</source>
        <translation>卖家备注 — %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="163"/>
        <source>A note for colleagues and the warehouse, e.g. 发顺丰, 不要放发票</source>
        <translation>给同事和仓库的备注，如：发顺丰、不要放发票</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="168"/>
        <source>Save remark</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="170"/>
        <source>Buyer&apos;s remark</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/address_dialog.py" line="173"/>
        <source>Seller remark</source>
        <translation>卖家备注</translation>
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
    <name>ReviewSettingsPage</name>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="67"/>
        <source>Shipping address complete and plausible</source>
        <translation>收货地址完整且有效</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="68"/>
        <source>Require a postcode</source>
        <translation>必须填写邮编</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="69"/>
        <source>Every line mapped to a SKU</source>
        <translation>每行商品都已对应 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="70"/>
        <source>Stock available in the shop&apos;s warehouses</source>
        <translation>店铺仓库库存充足</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="71"/>
        <source>Buyer or seller remark present</source>
        <translation>有买家留言或卖家备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="72"/>
        <source>Order total above</source>
        <translation>订单金额超过</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="77"/>
        <source>Buyer on the block list</source>
        <translation>买家在黑名单中</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="79"/>
        <source>One buyer name, phone number or e-mail per line</source>
        <translation>每行一个买家姓名、手机号或邮箱</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="82"/>
        <source>Suspected duplicate: same buyer, address and goods</source>
        <translation>疑似重复订单：同一买家、同一地址、相同商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="86"/>
        <source>Not paid yet</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="96"/>
        <source>within</source>
        <translation>与另一订单相隔</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="96"/>
        <source>hours of another order</source>
        <translation>小时以内</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="102"/>
        <source>Hold an order for a person when</source>
        <translation>出现以下情况时转人工审单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="104"/>
        <source>New orders that pass every rule switched on are approved automatically when they are imported; the others wait with their reasons shown as flags. These rules apply on every desktop.</source>
        <translation>导入时，通过全部已启用规则的新订单自动审核通过；其余订单留待人工审核，并以标记显示原因。这些规则对所有电脑生效。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="147"/>
        <source>Type the amount above which an order is held, e.g. 5000</source>
        <translation>请输入需转人工审核的订单金额，例如 5000</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="161"/>
        <source>Loading the review rules…</source>
        <translation>正在加载审单规则…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="179"/>
        <source>The review rules could not be loaded: %1</source>
        <translation>无法加载审单规则：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="198"/>
        <source>Review rules saved.</source>
        <translation>审单规则已保存。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/review_settings.py" line="213"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
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
        <location filename="../../omsdesk/ui/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="34"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="38"/>
        <source>A change of language takes effect when omsdesk is started again.</source>
        <translation>更改语言后，需重新启动 omsdesk 才会生效。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="43"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="49"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/settings_dialog.py" line="56"/>
        <source>Order review</source>
        <translation>审单规则</translation>
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
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="99"/>
        <source>Edit shop</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="99"/>
        <source>Add shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="154"/>
        <source>e.g. Web shop (EU)</source>
        <translation>例如：官网商城（欧洲）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="167"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="179"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="187"/>
        <source>Schedule</source>
        <translation>同步计划</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="191"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="192"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="195"/>
        <source>Include this shop in “Sync all” and automatic syncs</source>
        <translation>在“全部同步”和自动同步中包含此店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="223"/>
        <source>The %1 connector could not be loaded: %2</source>
        <translation>无法加载 %1 连接器：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="254"/>
        <source>Your shop&apos;s address, as customers open it.</source>
        <translation>顾客访问店铺时用的网址。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="255"/>
        <source>The shop&apos;s myshopify.com address, not your own domain.</source>
        <translation>店铺的 myshopify.com 地址，不是你自己的域名。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="256"/>
        <source>Taobao Open Platform&apos;s API gateway; keep it unless your app uses another.</source>
        <translation>淘宝开放平台的 API 网关；除非你的应用使用其他网关，否则保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="257"/>
        <source>Pinduoduo Open Platform&apos;s API gateway; keep it unless told otherwise.</source>
        <translation>拼多多开放平台的 API 网关；如无特别说明请保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="258"/>
        <source>The Selling Partner API endpoint of your region (-na, -eu or -fe).</source>
        <translation>你所在区域的 Selling Partner API 地址（-na、-eu 或 -fe）。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="275"/>
        <source>A shop stays on its channel; add a new shop for another one.</source>
        <translation>店铺不能更换平台；其他平台请新增店铺。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="336"/>
        <source>%1 is required for %2.</source>
        <translation>%2 需要填写%1。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="394"/>
        <source>Connected</source>
        <translation>连接成功</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="405"/>
        <source>Authentication failed: check the credentials</source>
        <translation>认证失败：请检查密钥</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="406"/>
        <source>Unreachable: check the address and that the shop is online</source>
        <translation>无法连接：请检查地址以及店铺是否在线</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="407"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="160"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="161"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="162"/>
        <source>Shop address (URL)</source>
        <translation>店铺地址（URL）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="198"/>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="170"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="384"/>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="250"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="251"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/actions.py" line="251"/>
        <source>Keys</source>
        <translation>按键</translation>
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
        <location filename="../../omsdesk/ui/products/model.py" line="48"/>
        <source>Standard</source>
        <translation>普通商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="49"/>
        <source>Virtual bundle</source>
        <translation>虚拟组合</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="50"/>
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
        <location filename="../../omsdesk/ui/products/model.py" line="57"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="58"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="81"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="83"/>
        <source>Attributes</source>
        <translation>销售属性</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="84"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="85"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="86"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="87"/>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="88"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="89"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="90"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="91"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="92"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SkusTableModel</name>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="130"/>
        <source>%1 — variant of %2</source>
        <translation>%1 — %2 的规格</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/products/model.py" line="134"/>
        <source>A virtual bundle has no stock of its own; available is what its components make.</source>
        <translation>虚拟组合本身没有库存；可用数为其子商品可组成的数量。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="58"/>
        <source>Split order — %1</source>
        <translation>拆单 — %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="65"/>
        <source>Choose what moves to a new order. The new order keeps the buyer, the address and the state of this one, and is confirmed to the channel as part of it.</source>
        <translation>选择要拆到新订单的商品。新订单沿用本单的买家、地址和状态，发货时作为本单的一部分回传平台。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="69"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="69"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="69"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="69"/>
        <source>Net incl. tax</source>
        <translation>分摊后含税金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="69"/>
        <source>Move to new order</source>
        <translation>拆到新订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="70"/>
        <source>Moves</source>
        <translation>拆出金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="81"/>
        <source>Out-of-stock items ship later</source>
        <translation>缺货商品稍后发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="81"/>
        <source>Ships from a second warehouse</source>
        <translation>由另一仓库发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="82"/>
        <source>Oversize item ships on its own</source>
        <translation>超大件单独发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="82"/>
        <source>Buyer asked for two parcels</source>
        <translation>买家要求分开发货</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="84"/>
        <source>Why (optional, kept in the history)</source>
        <translation>原因（选填，记入操作记录）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="87"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="99"/>
        <source>Split</source>
        <translation>拆单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="140"/>
        <source>%1 of this line shipped already</source>
        <translation>本行已发货 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="148"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="148"/>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="154"/>
        <source>%1 keeps</source>
        <translation>%1 保留</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="155"/>
        <source>New order gets</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="210"/>
        <source>Set how many of a line move to the new order.</source>
        <translation>请设置各行拆到新订单的数量。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/split_dialog.py" line="212"/>
        <source>Everything would move: leave at least one item on this order.</source>
        <translation>全部商品都会被拆走：本单至少要保留一件。</translation>
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
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="161"/>
        <source>Stock sync: publish stock levels to this shop</source>
        <translation>库存同步：向该店铺发布库存数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="167"/>
        <source> units</source>
        <translation> 件</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="174"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="183"/>
        <source>Publishes what your warehouses can sell (on hand − reserved − open orders), less the safety buffer, times the percentage, at most the maximum.</source>
        <translation>发布仓库的可售数量（在库 − 已预留 − 未处理订单），减去安全库存，乘以比例，且不超过上限。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="185"/>
        <source>Safety buffer</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="186"/>
        <source>Percentage</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="187"/>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="211"/>
        <source>Off: this shop&apos;s stock levels are left as they are on the channel.</source>
        <translation>已关闭：该店铺在平台上的库存保持不变。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/settings_form.py" line="214"/>
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
    <name>ViewsPanel</name>
    <message>
        <location filename="../../omsdesk/ui/orders/views_panel.py" line="60"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/views_panel.py" line="116"/>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/views_panel.py" line="196"/>
        <source>Save current filter as view…</source>
        <translation>将当前筛选保存为视图…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/views_panel.py" line="200"/>
        <source>Rename “%1”…</source>
        <translation>重命名“%1”…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/views_panel.py" line="202"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
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
