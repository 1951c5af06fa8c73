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
        <source>Taobao</source>
        <translation>淘宝</translation>
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
        <location filename="../../omsdesk/ui/channels/workspace.py" line="243"/>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="244"/>
        <source>Edit shop…</source>
        <translation>编辑店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="245"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="246"/>
        <source>Sync all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="272"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="373"/>
        <source>Last sync</source>
        <translation>最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="288"/>
        <source>Recent syncs</source>
        <translation>最近的同步记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="303"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="303"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="304"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="291"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="292"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="304"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="292"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="373"/>
        <source>Last sync of %1</source>
        <translation>%1 的最近一次同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="384"/>
        <source>%1 has not been synced yet. Press “Sync now” to fetch its orders.</source>
        <translation>%1 尚未同步。点击“立即同步”拉取订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="391"/>
        <source>Every order of this sync was imported without errors.</source>
        <translation>本次同步的所有订单均已成功导入。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="395"/>
        <source>%1 — started %2</source>
        <translation>%1 — 开始于 %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="399"/>
        <source>, took %1 s</source>
        <translation>，耗时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="274"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="381"/>
        <source>Select a shop to see its last sync.</source>
        <translation>选择一个店铺以查看其最近一次同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="280"/>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="458"/>
        <source>Orders that could not be imported</source>
        <translation>未能导入的订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="282"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="282"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="282"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="422"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="519"/>
        <source>The sync could not start: %1</source>
        <translation>同步无法开始：%1</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="133"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="134"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="135"/>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="136"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="137"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="138"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="139"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="140"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="141"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="142"/>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="143"/>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="144"/>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="145"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="146"/>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="147"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="148"/>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="149"/>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="150"/>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="151"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/i18n.py" line="152"/>
        <source>New Zealand</source>
        <translation>新西兰</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="32"/>
        <source>omsdesk — demo</source>
        <translation>omsdesk — 演示</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="32"/>
        <source>omsdesk</source>
        <translation>omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="39"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="40"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="49"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="50"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="61"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="62"/>
        <source>&amp;About omsdesk</source>
        <translation>关于 omsdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="67"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="69"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="76"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="77"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="90"/>
        <source>Syncing 1 shop…</source>
        <translation>正在同步 1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="92"/>
        <source>Syncing %1 shops…</source>
        <translation>正在同步 %1 个店铺…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="95"/>
        <source>Last sync: %1 — %2</source>
        <translation>最近同步：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="133"/>
        <source>About omsdesk</source>
        <translation>关于 omsdesk</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/main_window.py" line="134"/>
        <source>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;One order list for the own web shop and the marketplaces.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;omsdesk %1&lt;/h3&gt;&lt;p&gt;一张订单列表，统一管理自营网店和各电商平台的订单。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU GPL 第 3 版或更高版本发布。&lt;/p&gt;</translation>
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
        <location filename="../../omsdesk/sync/service.py" line="83"/>
        <location filename="../../omsdesk/sync/shops.py" line="192"/>
        <location filename="../../omsdesk/sync/shops.py" line="207"/>
        <source>shop {shop_id} does not exist</source>
        <translation>店铺 {shop_id} 不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="69"/>
        <source>unknown channel {channel!r}; known: {known}</source>
        <translation>未知渠道 {channel!r}；可用渠道：{known}</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="72"/>
        <source>a shop needs a name</source>
        <translation>请填写店铺名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="75"/>
        <source>{url!r} is not an http(s) address like https://shop.example.com</source>
        <translation>{url!r} 不是有效的 http(s) 地址，例如 https://shop.example.com</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="78"/>
        <source>the API key and secret are both required</source>
        <translation>API 密钥（Key）和密钥（Secret）都必须填写</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="80"/>
        <source>minutes cannot be negative</source>
        <translation>分钟数不能为负数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="96"/>
        <source>a shop named {name!r} already exists</source>
        <translation>已存在名为 {name!r} 的店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="128"/>
        <source>shop {shop_id} no longer exists</source>
        <translation>店铺 {shop_id} 已不存在</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="130"/>
        <source>shop {name!r} was changed by someone else while you edited it; reload it and try again</source>
        <translation>您编辑期间，店铺 {name!r} 已被他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="200"/>
        <source>no shop named {name!r} (shops: {known})</source>
        <translation>没有名为 {name!r} 的店铺（现有店铺：{known}）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/sync/shops.py" line="210"/>
        <source>no API key is stored for shop {name!r}; edit the shop and enter it again</source>
        <translation>店铺 {name!r} 没有保存 API 密钥；请编辑店铺并重新填写</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="77"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单以查看详情。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="139"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="140"/>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="141"/>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="142"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="143"/>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="167"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="194"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="168"/>
        <source>Net</source>
        <translation>未税金额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="168"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="198"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="168"/>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="182"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="193"/>
        <source>Goods subtotal</source>
        <translation>商品小计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="195"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="196"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="197"/>
        <source>Total excl. tax</source>
        <translation>未税合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="199"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="200"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="247"/>
        <source>Channel status: %1</source>
        <translation>平台状态：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="248"/>
        <source>Created %1</source>
        <translation>下单 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="250"/>
        <source>Paid %1</source>
        <translation>付款 %1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="263"/>
        <source>(no buyer details)</source>
        <translation>（无买家信息）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="264"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="270"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="277"/>
        <location filename="../../omsdesk/ui/orders/detail.py" line="292"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="269"/>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="279"/>
        <source>Same as the shipping address</source>
        <translation>与收货地址相同</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="283"/>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="287"/>
        <source>Buyer: %1</source>
        <translation>买家留言：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="290"/>
        <source>Seller: %1</source>
        <translation>卖家备注：%1</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/detail.py" line="297"/>
        <source>(no changes recorded)</source>
        <translation>（暂无变更记录）</translation>
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
        <location filename="../../omsdesk/ui/orders/workspace.py" line="68"/>
        <source>Order no., buyer, phone or SKU</source>
        <translation>订单号、买家、电话或 SKU</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="72"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="76"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="78"/>
        <source>All statuses</source>
        <translation>全部平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="87"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="87"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="88"/>
        <source>Channel status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="214"/>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="214"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="220"/>
        <source>No orders yet — add a shop in Channels and sync.</source>
        <translation>还没有订单 — 请在“渠道”中添加店铺并同步。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="221"/>
        <source>Open Channels</source>
        <translation>打开渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="223"/>
        <source>No orders match these filters.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="224"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="236"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/orders/workspace.py" line="239"/>
        <source>The order list could not be loaded: %1</source>
        <translation>无法加载订单列表：%1</translation>
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
    <name>ShopDialog</name>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="36"/>
        <source>Edit shop</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="36"/>
        <source>Add shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="47"/>
        <source>e.g. Web shop (EU)</source>
        <translation>例如：官网商城（欧洲）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="58"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="59"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="60"/>
        <source>Include this shop in “Sync all” and automatic syncs</source>
        <translation>在“全部同步”和自动同步中包含此店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="64"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="65"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="66"/>
        <source>Shop address (URL)</source>
        <translation>店铺地址（URL）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="67"/>
        <source>API key</source>
        <translation>API 密钥（Key）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="68"/>
        <source>API secret</source>
        <translation>API 密钥（Secret）</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="69"/>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="75"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="105"/>
        <source>Leave empty to keep the stored one</source>
        <translation>留空则保留已保存的值</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="148"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/shop_dialog.py" line="158"/>
        <source>Connected: %1</source>
        <translation>连接成功：%1</translation>
    </message>
</context>
<context>
    <name>ShopsTable</name>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="40"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 failed</source>
        <translation>新增 %1，更新 %2，未变 %3，失败 %4</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="47"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="56"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="58"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="59"/>
        <source>Every %1 min</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="101"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="102"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="103"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="104"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="105"/>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="106"/>
        <source>Last result</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="107"/>
        <source>Automatic sync</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="153"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="156"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>SyncProgressRow</name>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="170"/>
        <source>Syncing %1…</source>
        <translation>正在同步 %1…</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="188"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="193"/>
        <source>Syncing %1: %2</source>
        <translation>正在同步 %1：%2</translation>
    </message>
    <message>
        <location filename="../../omsdesk/ui/channels/workspace.py" line="197"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
