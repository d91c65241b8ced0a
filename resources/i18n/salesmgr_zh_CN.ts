<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="24"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="24"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="24"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="24"/>
        <source>Renewal</source>
        <translation>续约日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="25"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_table.py" line="57"/>
        <source>Left out of the revenue (no exchange rate): {amounts}</source>
        <translation>未计入收入（缺少汇率）：{amounts}</translation>
    </message>
</context>
<context>
    <name>AccountView</name>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="31"/>
        <location filename="../../salesmgr/views/customers/account_view.py" line="83"/>
        <source>No account chosen</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="32"/>
        <location filename="../../salesmgr/views/customers/account_view.py" line="84"/>
        <source>Choose an account in the list to see everything about it.</source>
        <translation>在列表中选择一个客户，查看它的全部信息。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="41"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="41"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="42"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="42"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="43"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="43"/>
        <source>Hand-offs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="53"/>
        <location filename="../../salesmgr/views/customers/account_view.py" line="68"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="53"/>
        <location filename="../../salesmgr/views/customers/account_view.py" line="56"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="53"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="53"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="54"/>
        <source>Close</source>
        <translation>成交日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="56"/>
        <source>Entered</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="62"/>
        <source>Stage history of the chosen deal</source>
        <translation>所选商机的阶段记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="67"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="67"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="67"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="67"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="69"/>
        <source>Deal won</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="69"/>
        <source>Won on</source>
        <translation>赢单日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="69"/>
        <source>Items done</source>
        <translation>已完成项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="70"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="70"/>
        <source>Implementation</source>
        <translation>实施负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="70"/>
        <source>Customer success</source>
        <translation>客户成功负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="71"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="71"/>
        <source>Made on</source>
        <translation>承诺日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="71"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="108"/>
        <source>Owner {owner}</source>
        <translation>负责人 {owner}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="108"/>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="111"/>
        <source>health {score} {band}</source>
        <translation>健康度 {score} {band}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="117"/>
        <source>done {day}</source>
        <translation>{day} 完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="119"/>
        <source>overdue since {day}</source>
        <translation>自 {day} 起逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="121"/>
        <source>due {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/account_view.py" line="143"/>
        <source>Stage history of {deal}</source>
        <translation>{deal} 的阶段记录</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="12"/>
        <source>Deal created</source>
        <translation>商机创建</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="13"/>
        <source>Stage reached</source>
        <translation>进入阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="14"/>
        <source>Deal won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="15"/>
        <source>Deal lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="16"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="17"/>
        <source>CSAT</source>
        <translation>CSAT 满意度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="18"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="19"/>
        <source>Ticket opened</source>
        <translation>工单创建</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="20"/>
        <source>Ticket closed</source>
        <translation>工单关闭</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="21"/>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="22"/>
        <source>Hand-off</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="23"/>
        <source>Hand-off item done</source>
        <translation>交接事项完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="24"/>
        <source>Promise made</source>
        <translation>作出承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="25"/>
        <source>Promise kept</source>
        <translation>承诺兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="26"/>
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="27"/>
        <source>Became a customer</source>
        <translation>成为客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="28"/>
        <source>Contract start</source>
        <translation>合同开始</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="29"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="30"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="32"/>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="33"/>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="34"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="35"/>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="36"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="37"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="39"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="40"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="41"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="42"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="44"/>
        <source>likely</source>
        <translation>可能续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="45"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="46"/>
        <source>unlikely</source>
        <translation>不太可能续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="48"/>
        <source>current</source>
        <translation>按时付款</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="49"/>
        <source>late</source>
        <translation>延迟付款</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="50"/>
        <source>overdue</source>
        <translation>逾期未付</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="52"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="53"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="54"/>
        <source>broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="56"/>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="57"/>
        <source>marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="58"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/account_labels.py" line="59"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/timeline.py" line="56"/>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/timeline.py" line="92"/>
        <source>{done} of {items} items done</source>
        <translation>已完成 {done}/{items} 项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/timeline.py" line="117"/>
        <source>{count} uses</source>
        <translation>使用 {count} 次</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/timeline.py" line="119"/>
        <source>{active} of {licensed} users active</source>
        <translation>{licensed} 个授权用户中 {active} 个活跃</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/timeline.py" line="121"/>
        <source>{active} users active</source>
        <translation>{active} 个活跃用户</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="28"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="31"/>
        <source>Health and churn</source>
        <translation>健康度与流失</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="31"/>
        <source>Hand-offs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="32"/>
        <source>Committee review</source>
        <translation>委员会评审</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="32"/>
        <source>LTV and CAC</source>
        <translation>LTV 与 CAC</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/page.py" line="33"/>
        <source>Customer journey</source>
        <translation>客户旅程</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="50"/>
        <source>Search name, owner, team, industry or region</source>
        <translation>搜索名称、负责人、团队、行业或地区</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="53"/>
        <source>Customers only</source>
        <translation>仅显示客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="63"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="115"/>
        <source>{shown} of {total} accounts</source>
        <translation>显示 {shown} / {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="117"/>
        <source>lifetime revenue in {currency}</source>
        <translation>累计收入单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/accounts_panel.py" line="119"/>
        <source>* some revenue left out: no rate for {currencies}</source>
        <translation>* 部分收入未计入：缺少 {currencies} 的汇率</translation>
    </message>
</context>
<context>
    <name>ActualDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="223"/>
        <source>Enter actual</source>
        <translation>录入实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="228"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="229"/>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="230"/>
        <source>As of:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="231"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="243"/>
        <source>Type the actual as a number, such as 3 or 12.5</source>
        <translation>请输入数字形式的实际值，例如 3 或 12.5</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="224"/>
        <source>Adjustment for {rep}</source>
        <translation>{rep} 的调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="226"/>
        <source>e.g. 500.00 or -200.00</source>
        <translation>例如 500.00 或 -200.00</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="229"/>
        <source>Why, for finance and the rep</source>
        <translation>原因（供财务和销售代表查看）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="230"/>
        <source>Amount ({currency}):</source>
        <translation>金额（{currency}）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="231"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="235"/>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="237"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>AmountFormDialog</name>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="69"/>
        <source>{what}: &quot;{text}&quot; is not an amount</source>
        <translation>{what}：“{text}”不是金额</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="46"/>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="46"/>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="52"/>
        <source>Every stage</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="56"/>
        <source>e.g. pricing, 竞品</source>
        <translation>例如：价格, 竞品</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="57"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="58"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="59"/>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="60"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="61"/>
        <source>Links:</source>
        <translation>关联:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="72"/>
        <source>Remove link</source>
        <translation>移除关联</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="88"/>
        <source>The text, in Markdown: # heading, **bold**, - list item</source>
        <translation>正文（Markdown 格式）：# 标题、**加粗**、- 列表项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="91"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="92"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="118"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="118"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="119"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/article_editor.py" line="120"/>
        <source>{target}: {name}</source>
        <translation>{target}：{name}</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="69"/>
        <source>Search the knowledge base (English or Chinese)</source>
        <translation>搜索知识库（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="72"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="76"/>
        <source>New article…</source>
        <translation>新建文章…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="79"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="79"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="79"/>
        <source>Match or tags</source>
        <translation>匹配内容或标签</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="109"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="151"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="152"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="178"/>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="180"/>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="182"/>
        <source>Linked: {names}</source>
        <translation>关联：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="208"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="209"/>
        <source>Delete the article {title}?</source>
        <translation>删除文章“{title}”？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/articles_panel.py" line="215"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="45"/>
        <source>Assign an onboarding plan</source>
        <translation>分配入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="50"/>
        <source>no hire date</source>
        <translation>无入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="51"/>
        <source>{name} (hired {day})</source>
        <translation>{name}（{day} 入职）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="53"/>
        <source>{rep}, has a plan</source>
        <translation>{rep}，已有计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="60"/>
        <source>No mentor</source>
        <translation>无导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="63"/>
        <source>New hire:</source>
        <translation>新员工：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="64"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="65"/>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="66"/>
        <source>Mentor:</source>
        <translation>导师：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="67"/>
        <source>The tasks are dated from the start: day 1 is the start date, and a task due on a weekend stays on its day.</source>
        <translation>任务日期从开始日期算起：第 1 天即开始日期；落在周末的任务保持在当天。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="88"/>
        <source>Add a rep on the Team page first</source>
        <translation>请先在“团队”页面添加销售代表</translation>
    </message>
</context>
<context>
    <name>AttainmentPanel</name>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="208"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="208"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="208"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="208"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="209"/>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="216"/>
        <source>Attainment = won / quota. Pace = attainment / the share of the quarter gone by (in a closed quarter, the attainment). Coloured by pace: below 70 % red, 70 % to below 90 % amber, 90 % and above green</source>
        <translation>达成率 = 赢单金额 / 配额。进度 = 达成率 / 本季度已过时间的占比（已结束的季度即为达成率）。按进度着色：低于 70% 为红色，70% 至 90% 以下为琥珀色，90% 及以上为绿色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="247"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="221"/>
        <source>Attainment {period}</source>
        <translation>{period} 达成情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="227"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="44"/>
        <source>Bonus history {period}</source>
        <translation>{period} 奖金变更记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="45"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="45"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="45"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="45"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="65"/>
        <source>{n} changes</source>
        <translation>共 {n} 项变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="66"/>
        <source>Nothing has changed yet.</source>
        <translation>尚无变更。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="69"/>
        <source>Plan changed</source>
        <translation>方案变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="69"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="70"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/audit.py" line="70"/>
        <source>Unapproved</source>
        <translation>已撤销审批</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="147"/>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="153"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="154"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>Bonus</name>
    <message>
        <location filename="../../salesmgr/models/bonus/awards.py" line="51"/>
        <source>attainment {attainment} in their first quarter (hired {hired}), highest of {n} newcomers</source>
        <translation>入职首季度达成率 {attainment}（{hired} 入职），{n} 名新人中最高</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/awards.py" line="53"/>
        <source>attainment {attainment} in their second quarter (hired {hired}), highest of {n} newcomers</source>
        <translation>入职第二季度达成率 {attainment}（{hired} 入职），{n} 名新人中最高</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/awards.py" line="88"/>
        <source>{n} activities on other reps&apos; accounts or other teams&apos; deals in {period}</source>
        <translation>{period} 在其他销售代表的客户或其他团队的商机上记录了 {n} 次活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/compute.py" line="132"/>
        <source>{rep} has no quota for {period}</source>
        <translation>{rep} 在 {period} 没有指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/compute.py" line="134"/>
        <source>{rep} has a quota of 0 for {period}</source>
        <translation>{rep} 在 {period} 的指标为 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/compute.py" line="141"/>
        <source>{rep}&apos;s deals, quota or adjustments are in {currencies}, which has no exchange rate; no payout until the rate is set</source>
        <translation>{rep} 的商机、指标或调整使用 {currencies}，该币种没有汇率；设置汇率之前不发放奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/kpis.py" line="49"/>
        <source>CRM data completeness</source>
        <translation>CRM 数据完整度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/kpis.py" line="63"/>
        <source>Activities logged</source>
        <translation>已记录的活动数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/kpis.py" line="95"/>
        <location filename="../../salesmgr/models/bonus/statements.py" line="57"/>
        <location filename="../../salesmgr/models/bonus/statements.py" line="68"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="61"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="70"/>
        <source>Target bonus</source>
        <translation>目标奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="71"/>
        <source>the rep&apos;s own, role or default target</source>
        <translation>该代表自己的、所属角色的或默认的目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="72"/>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="73"/>
        <source>won deals closed in {period}, in {currency}</source>
        <translation>{period} 成交的赢单，以 {currency} 计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="75"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="76"/>
        <source>the rep&apos;s quota for {period}</source>
        <translation>该代表 {period} 的指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="77"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="78"/>
        <source>won revenue / quota</source>
        <translation>赢单收入 / 指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="79"/>
        <source>Sales score</source>
        <translation>销售得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="80"/>
        <source>CSAT average</source>
        <translation>客户满意度均分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="81"/>
        <source>{n} responses on the rep&apos;s accounts</source>
        <translation>该代表客户的 {n} 份回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="82"/>
        <source>CSAT score</source>
        <translation>客户满意度得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="83"/>
        <source>CRM timeliness</source>
        <translation>CRM 及时率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="84"/>
        <source>share of {n} activities logged within 24 h</source>
        <translation>{n} 次活动中 24 小时内录入的比例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="86"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="87"/>
        <source>attended of {n} required sessions</source>
        <translation>{n} 次必修培训中的出席比例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="89"/>
        <source>Process score</source>
        <translation>过程得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="90"/>
        <source>average of the available process KPIs, each actual / target, at most 100%</source>
        <translation>现有过程指标的平均值，每项为实际 / 目标，最高 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="92"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="93"/>
        <source>sales / CSAT / process</source>
        <translation>销售 / 客户满意度 / 过程</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="94"/>
        <source>Computed bonus</source>
        <translation>计算奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="95"/>
        <source>target x (sales weight x sales + CSAT weight x CSAT + process weight x process), rounded half-up to the cent</source>
        <translation>目标 ×（销售权重 × 销售 + 满意度权重 × 满意度 + 过程权重 × 过程），最后四舍五入到分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="97"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="98"/>
        <source>manual adjustments, each with its reason</source>
        <translation>人工调整，每项附原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="99"/>
        <source>Payout</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="100"/>
        <source>computed + adjustments, never below 0</source>
        <translation>计算奖金 + 调整，不低于 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="102"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="103"/>
        <source>no payout is computed until this is fixed</source>
        <translation>修正之前不计算奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="114"/>
        <source>no data: left out of the process score</source>
        <translation>无数据：不计入过程得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="116"/>
        <source>actual / target {target}, at most 100%</source>
        <translation>实际 / 目标 {target}，最高 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="125"/>
        <source>0 below {threshold}</source>
        <translation>低于 {threshold} 计 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="127"/>
        <source>above 100% each point counts {factor}x</source>
        <translation>超过 100% 的部分每点按 {factor} 倍计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="128"/>
        <source>at most {cap}</source>
        <translation>最高 {cap}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="129"/>
        <source>attainment; {rules}</source>
        <translation>达成率；{rules}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="134"/>
        <source>average / target {target}, at most 100%</source>
        <translation>均分 / 目标 {target}，最高 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="135"/>
        <source>no responses: scored 0</source>
        <translation>无回复：计 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="136"/>
        <source>no responses: scored 100%</source>
        <translation>无回复：计 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/bonus/statements.py" line="137"/>
        <source>no responses: CSAT weight moved to sales and process</source>
        <translation>无回复：满意度权重转给销售和过程</translation>
    </message>
</context>
<context>
    <name>BonusTableModel</name>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="41"/>
        <source>Target bonus</source>
        <translation>目标奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="41"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="41"/>
        <source>Won</source>
        <translation>赢单额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="45"/>
        <source>Computed</source>
        <translation>计算奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="45"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="42"/>
        <source>Payout</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="42"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="42"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="42"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="43"/>
        <source>Sales score</source>
        <translation>销售得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="44"/>
        <source>CSAT average</source>
        <translation>客户满意度均分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="43"/>
        <source>CSAT score</source>
        <translation>客户满意度得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="44"/>
        <source>CRM on time</source>
        <translation>CRM 及时率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="45"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="43"/>
        <source>Process score</source>
        <translation>过程得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="48"/>
        <source>{title} ({currency})</source>
        <translation>{title}（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="62"/>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="89"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="65"/>
        <source>{score} ({n})</source>
        <translation>{score}（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="82"/>
        <source>No survey responses this quarter: the plan decides how this counts</source>
        <translation>本季度没有满意度回复：按方案规定计分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="90"/>
        <source>CRM on time: {value}</source>
        <translation>CRM 及时率：{value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/table_model.py" line="91"/>
        <source>Training: {value}</source>
        <translation>培训：{value}</translation>
    </message>
</context>
<context>
    <name>BonusesPage</name>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="90"/>
        <source>Edit plan…</source>
        <translation>编辑方案…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="91"/>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="92"/>
        <source>Unapprove…</source>
        <translation>撤销审批…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="93"/>
        <source>History…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="101"/>
        <source>Bonus report…</source>
        <translation>奖金报表…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="103"/>
        <source>The Excel report for finance: inputs, live formulas, the plan and one sheet per rep</source>
        <translation>给财务的 Excel 报表：输入、实时公式、方案及每位代表一张工作表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="111"/>
        <location filename="../../salesmgr/views/bonus/page.py" line="304"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="112"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="134"/>
        <source>Awards to propose</source>
        <translation>建议的非现金奖励</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="178"/>
        <source>Total payout: {amount} for {n} reps</source>
        <translation>发放总额：{amount}，共 {n} 名销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="188"/>
        <source>Approved by {who} on {when}: figures frozen</source>
        <translation>{who} 于 {when} 审批：数字已冻结</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="192"/>
        <source>Not approved: figures follow the data</source>
        <translation>未审批：数字随数据变化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="196"/>
        <source>The data changed since approval: the live figures differ from the frozen ones shown here. Unapprove to recompute.</source>
        <translation>审批后数据已变化：实时数字与此处显示的冻结数字不同。撤销审批后可重新计算。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="199"/>
        <source>Fix before approving: {problems}</source>
        <translation>审批前请修正：{problems}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="211"/>
        <source>{period} has no quotas and no won deals: there is nothing to approve.</source>
        <translation>{period} 没有配额，也没有赢单：没有可审批的内容。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="215"/>
        <source>Best newcomer</source>
        <translation>最佳新人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="215"/>
        <source>Best collaboration</source>
        <translation>最佳协作</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="218"/>
        <source>No proposal this quarter.</source>
        <translation>本季度没有建议。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="279"/>
        <source>Approve bonuses</source>
        <translation>审批奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="280"/>
        <source>Approve the {period} bonuses? The figures are frozen as they are now; later changes to deals or to the plan no longer change them.</source>
        <translation>审批 {period} 的奖金？数字将按当前状态冻结，之后商机或方案的变化不再影响它们。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="289"/>
        <source>Unapprove bonuses</source>
        <translation>撤销奖金审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="290"/>
        <source>Why are the {period} bonuses reopened?</source>
        <translation>为什么重新打开 {period} 的奖金？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/page.py" line="308"/>
        <source>Bonuses {period}</source>
        <translation>{period} 奖金</translation>
    </message>
</context>
<context>
    <name>CertificationDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="141"/>
        <source>Record certification</source>
        <translation>记录认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="142"/>
        <source>New hire:</source>
        <translation>新员工：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="148"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="152"/>
        <source>Certification:</source>
        <translation>认证：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="153"/>
        <source>Taken on:</source>
        <translation>考试日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="154"/>
        <source>Score (0-100):</source>
        <translation>分数（0-100）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="156"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>CertificationTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="193"/>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="193"/>
        <source>Taken on</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="193"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="193"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="193"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="208"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="208"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="52"/>
        <source>An Excel or CSV export from your CRM, or a ZIP or folder of a whole export</source>
        <translation>从 CRM 导出的 Excel 或 CSV 文件，或整套导出的 ZIP 压缩包或文件夹</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="57"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="59"/>
        <source>A whole export: each file&apos;s kind is recognised from its name and its columns, and you can change it on the next page.</source>
        <translation>整套导出：系统会根据每个文件的名称和列识别其数据类型，您可以在下一页修改。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="66"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="80"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="81"/>
        <source>It holds:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="83"/>
        <source>Column mapping:</source>
        <translation>字段映射：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="84"/>
        <source>Exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke and Xiaoshouyi are recognised by their column names; drop a file, a ZIP or a folder here to choose it. Nothing is written until you confirm the preview on the next page.</source>
        <translation>系统会根据列名自动识别 Salesforce、HubSpot、Pipedrive、Odoo、纷享销客和销售易的导出文件；也可以把文件、ZIP 压缩包或文件夹拖放到这里。在下一页确认预览之前，不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="89"/>
        <source>Choose the file or the export to import</source>
        <translation>选择要导入的文件或整套导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="123"/>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../salesmgr/cli/__init__.py" line="172"/>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="46"/>
        <source>unapprove needs --reason TEXT saying why</source>
        <translation>取消审批需要用 --reason 文字 说明原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="48"/>
        <source>--out writes the report; use it without approve/unapprove</source>
        <translation>--out 用于写出报表；请不要与 approve/unapprove 一起使用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="50"/>
        <source>the bonus report is an .xlsx file; give --out a name ending in .xlsx</source>
        <translation>奖金报表是 .xlsx 文件；请给 --out 一个以 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="87"/>
        <source>bonuses of {period} approved by {actor}</source>
        <translation>{period} 的奖金已由 {actor} 审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="88"/>
        <source>bonuses of {period} unapproved by {actor}</source>
        <translation>{period} 的奖金已由 {actor} 取消审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="110"/>
        <source>report written: {path}</source>
        <translation>报表已写出：{path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="179"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="179"/>
        <source>not approved</source>
        <translation>未审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="180"/>
        <source>bonuses {period} ({state}), amounts in {currency}</source>
        <translation>{period} 奖金（{state}），金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="182"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="34"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="54"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="35"/>
        <location filename="../../salesmgr/cli/quota_plan.py" line="116"/>
        <location filename="../../salesmgr/cli/quotas.py" line="252"/>
        <source>rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="182"/>
        <location filename="../../salesmgr/cli/quotas.py" line="180"/>
        <source>attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="183"/>
        <source>sales</source>
        <translation>销售得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="183"/>
        <source>CSAT</source>
        <translation>满意度得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="184"/>
        <source>process</source>
        <translation>过程得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="185"/>
        <source>payout</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="188"/>
        <source>total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="195"/>
        <source>n/a ({reason})</source>
        <translation>无（{reason}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="21"/>
        <source>database ready: {database} (schema {revision})</source>
        <translation>数据库已就绪：{database}（结构版本 {revision}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="24"/>
        <source>backup of the previous version: {path}</source>
        <translation>旧版本的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="41"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="41"/>
        <source>schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="42"/>
        <source>base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="42"/>
        <source>data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="43"/>
        <source>salesmgr version</source>
        <translation>salesmgr 版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="59"/>
        <source>{count} {table}</source>
        <translation>{table} {count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="61"/>
        <source>demo data loaded: {counts}</source>
        <translation>演示数据已载入：{counts}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="61"/>
        <location filename="../../salesmgr/cli/imports.py" line="66"/>
        <location filename="../../salesmgr/cli/imports.py" line="108"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="62"/>
        <source>sample CRM exports to try &apos;salesmgr import&apos; on:</source>
        <translation>可用于试用 &apos;salesmgr import&apos; 的 CRM 导出样例：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="77"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="77"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="87"/>
        <source>1 {currency} = {rate} {base} (as of {date})</source>
        <translation>1 {currency} = {rate} {base}（{date} 的汇率）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="90"/>
        <source>no exchange rates; add one with &apos;salesmgr rate set CURRENCY RATE&apos;</source>
        <translation>没有汇率；请用 &apos;salesmgr rate set 币种 汇率&apos; 添加</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="126"/>
        <source>base currency: {currency}</source>
        <translation>本位币：{currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="127"/>
        <source>fiscal year starts in month {month}</source>
        <translation>财年从 {month} 月开始</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="128"/>
        <source>interface language (the GUI&apos;s, for this user): {language}</source>
        <translation>界面语言（本用户的图形界面）：{language}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="129"/>
        <source>the system&apos;s</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="130"/>
        <source>exchange rates (1 unit = RATE {currency}):</source>
        <translation>汇率（1 单位 = 汇率 × {currency}）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="131"/>
        <source>  {currency}  {rate}  as of {date}</source>
        <translation>  {currency}  {rate}  {date} 起</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="133"/>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="140"/>
        <source>unknown setting {text}; the settings are {keys}</source>
        <translation>没有设置项 {text}；可用的设置项：{keys}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="149"/>
        <source>fiscal_start is the fiscal year&apos;s first month: 1 to 12 or a month&apos;s name, not {text}</source>
        <translation>fiscal_start 是财年的第一个月：1 到 12 或月份的英文名，不能是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="159"/>
        <source>language must be one of {languages}, not {text}</source>
        <translation>language 必须是 {languages} 之一，不能是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/settings.py" line="168"/>
        <source>{text} is not a number; write a rate such as 7.10</source>
        <translation>{text} 不是数字；请写成 7.10 这样的汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="83"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="96"/>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="96"/>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="97"/>
        <source>bonus adjustments</source>
        <translation>奖金调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="98"/>
        <source>bonus approvals</source>
        <translation>奖金审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="98"/>
        <source>bonus audit log</source>
        <translation>奖金审计日志</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="99"/>
        <source>bonus plans</source>
        <translation>奖金方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="99"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="100"/>
        <source>CSAT responses</source>
        <translation>满意度调查回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="100"/>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="101"/>
        <source>import presets</source>
        <translation>导入映射预设</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="101"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="33"/>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="102"/>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="102"/>
        <source>quotas</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="103"/>
        <source>quota plan audit log</source>
        <translation>指标计划审计日志</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="103"/>
        <source>locked quarters</source>
        <translation>已锁定的季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="104"/>
        <source>annual targets</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="105"/>
        <source>reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="105"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="106"/>
        <source>pipeline stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="106"/>
        <source>stage changes</source>
        <translation>阶段变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="107"/>
        <source>teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="107"/>
        <source>training attendances</source>
        <translation>培训出勤</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="108"/>
        <source>training sessions</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="108"/>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="109"/>
        <source>entered goal actuals</source>
        <translation>录入的目标实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="109"/>
        <source>NPS answers</source>
        <translation>NPS 答卷</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="110"/>
        <source>roadmap phases</source>
        <translation>路线图阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="110"/>
        <source>milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="111"/>
        <source>milestone goal links</source>
        <translation>里程碑与目标的关联</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="112"/>
        <source>pilot teams</source>
        <translation>试点团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="113"/>
        <source>onboarding templates</source>
        <translation>入职计划模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="114"/>
        <source>onboarding template tasks</source>
        <translation>入职计划模板任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="115"/>
        <source>onboarding plans</source>
        <translation>入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="116"/>
        <source>onboarding tasks</source>
        <translation>入职任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="117"/>
        <source>onboarding reviews</source>
        <translation>入职复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="118"/>
        <source>certification results</source>
        <translation>认证成绩</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="119"/>
        <source>lead scoring model versions</source>
        <translation>线索评分模型版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="120"/>
        <source>lead scoring rules</source>
        <translation>线索评分规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="120"/>
        <source>lead grades</source>
        <translation>线索等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="121"/>
        <source>lead behaviours</source>
        <translation>线索行为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="121"/>
        <source>lead scores</source>
        <translation>线索得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="122"/>
        <source>reps&apos; lead routing</source>
        <translation>销售的线索分配设置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="123"/>
        <source>support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="123"/>
        <source>product usage months</source>
        <translation>产品使用月度记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="124"/>
        <source>hand-off checklist items</source>
        <translation>交接清单条目</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="125"/>
        <source>hand-offs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="125"/>
        <source>hand-off items</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="126"/>
        <source>promises to customers</source>
        <translation>对客户的承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="127"/>
        <source>sales and marketing costs</source>
        <translation>销售与市场费用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="128"/>
        <source>customer journey stages</source>
        <translation>客户旅程阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="129"/>
        <source>customer journey touchpoints</source>
        <translation>客户旅程触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="130"/>
        <source>competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="131"/>
        <source>competitors on deals</source>
        <translation>商机中的竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="132"/>
        <source>knowledge base articles</source>
        <translation>知识库文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="132"/>
        <source>article tags</source>
        <translation>文章标签</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/database.py" line="133"/>
        <source>article links</source>
        <translation>文章关联</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="47"/>
        <source>unknown kind {kind}; use one of {kinds} (data:NAME or report:NAME where both exist)</source>
        <translation>未知类型 {kind}；请使用以下之一：{kinds}（两者同名时用 data:名称 或 report:名称）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="62"/>
        <source>{kind} data is</source>
        <translation>{kind} 数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="62"/>
        <source>the {kind} report is</source>
        <translation>{kind} 报表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="64"/>
        <source>not {suffix}</source>
        <translation>不能是 {suffix}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="65"/>
        <source>and the file name has no suffix</source>
        <translation>而文件名没有扩展名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="66"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="67"/>
        <source>{what} written as {supported} only, {shown}; give --out a name ending in {supported}</source>
        <translation>{what}只能写成 {supported}，{shown}；请给 --out 一个以 {supported} 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/export.py" line="81"/>
        <source>the {kind} report needs a quarter, month or year (--period 2026Q3, 2026-09 or 2026); --period all works for {reports} and data exports</source>
        <translation>{kind} 报表需要一个季度、月份或年份（--period 2026Q3、2026-09 或 2026）；--period all 只适用于 {reports} 和数据导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="32"/>
        <source>{file} is not a file; give the path of a CRM export</source>
        <translation>{file} 不是文件；请给出 CRM 导出文件的路径</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="35"/>
        <source>--file-kind is for a ZIP or folder of files; give --kind for one file</source>
        <translation>--file-kind 用于 ZIP 或文件夹中的多个文件；单个文件请用 --kind</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="54"/>
        <source>{file}: {rows} rows, {inserted} inserted, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{file}：共 {rows} 行，新增 {inserted}，更新 {updated}，未变更 {unchanged}，被拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="62"/>
        <source>new stages: {names}</source>
        <translation>新增阶段：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="63"/>
        <source>new reps: {names}</source>
        <translation>新增销售代表：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="64"/>
        <source>new accounts: {names}</source>
        <translation>新增客户：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="65"/>
        <source>rows that repeat an earlier row: {names}</source>
        <translation>与前面某行重复的行：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="67"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="73"/>
        <source>changed: {rep} {period}: {before} -&gt; {after}</source>
        <translation>已更改：{rep} {period}：{before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="77"/>
        <source>... and {count} more changes</source>
        <translation>……另有 {count} 处更改</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="90"/>
        <source>nothing was written: --strict and some rows would be rejected</source>
        <translation>未写入任何数据：使用了 --strict，且有行会被拒绝</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="92"/>
        <location filename="../../salesmgr/cli/quotas.py" line="262"/>
        <source>dry run: nothing was written</source>
        <translation>试运行：未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="175"/>
        <source>total: {rows} rows, {inserted} inserted, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped</source>
        <translation>合计：共 {rows} 行，新增 {inserted}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}，跳过 {skipped}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="82"/>
        <location filename="../../salesmgr/cli/imports.py" line="180"/>
        <source>rejected rows saved to {path}</source>
        <translation>被拒绝的行已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="58"/>
        <source>skipped {count} rows: {reason}</source>
        <translation>跳过 {count} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="59"/>
        <source>skipped {count} row: {reason}</source>
        <translation>跳过 {count} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="70"/>
        <source>rate set: 1 {currency} = {rate} {base} (as of {date})</source>
        <translation>已设置汇率：1 {currency} = {rate} {base}（{date} 起）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="106"/>
        <source>no exchange rate to {base} for: {currencies}; their amounts are left out of the figures until you set one (RATE = what 1 unit is worth in {base}):</source>
        <translation>以下币种没有到 {base} 的汇率：{currencies}；设置汇率之前，这些金额不计入各项数字（RATE = 1 单位折合多少 {base}）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="109"/>
        <source>{deals} {currency} deals ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="110"/>
        <source>{deals} {currency} deal ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="124"/>
        <source>cannot tell what {file} holds ({reason}); give --kind</source>
        <translation>无法判断 {file} 中是哪类记录（{reason}）；请用 --kind 指定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="134"/>
        <source>{file} is a whole export: each file&apos;s kind is recognised; use --file-kind NAME=KIND to choose one, not --kind, --sheet or --preset</source>
        <translation>{file} 是整份导出：每个文件的类型会自动识别；如需指定，请用 --file-kind 文件名=类型，而不是 --kind、--sheet 或 --preset</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="159"/>
        <source>--file-kind takes NAME=KIND, e.g. --file-kind Calls.csv=activities or --file-kind Notes.csv=skip; not {value}</source>
        <translation>--file-kind 的格式是 文件名=类型，例如 --file-kind Calls.csv=activities 或 --file-kind Notes.csv=skip，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="167"/>
        <source>{file} ({source}): {imported} files imported, {skipped} skipped</source>
        <translation>{file}（{source}）：导入 {imported} 个文件，跳过 {skipped} 个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="172"/>
        <source>skipped {file}: {reason}</source>
        <translation>跳过 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="189"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="196"/>
        <source>row {row}, {column}: {reason} ({value})</source>
        <translation>第 {row} 行，{column}：{reason}（{value}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/imports.py" line="198"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="22"/>
        <source>--from is after --to; swap them</source>
        <translation>--from 晚于 --to；请交换两者</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="24"/>
        <source>give either --period or --from/--to, not both</source>
        <translation>请只给出 --period 或 --from/--to 之一，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="44"/>
        <source>close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="44"/>
        <source>created date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="45"/>
        <source>funnel, {start} to {end} by {field}, amounts in {currency}</source>
        <translation>销售漏斗（按{field}）：{start} 至 {end}，金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="30"/>
        <source>onboarding plans on {today} (mix: practice / feedback / formal training)</source>
        <translation>{today} 的入职计划（结构：实践 / 反馈 / 正式培训）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="33"/>
        <source>no onboarding plans; assign one with &apos;salesmgr onboarding assign --rep NAME&apos;</source>
        <translation>还没有入职计划；请用 &apos;salesmgr onboarding assign --rep 姓名&apos; 分配一个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="35"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="119"/>
        <source>mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="36"/>
        <location filename="../../salesmgr/cli/reports.py" line="46"/>
        <source>start</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="36"/>
        <source>day</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="37"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="37"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="60"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="38"/>
        <source>mix</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="38"/>
        <source>next review</source>
        <translation>下次复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="39"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="132"/>
        <source>first deal (days)</source>
        <translation>首单（天）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="51"/>
        <source>{rep}: day {day} of 90 since {start}, mentor {mentor}; {done} done, {overdue} overdue</source>
        <translation>{rep}：自 {start} 起第 {day}/90 天，导师 {mentor}；已完成 {done}，逾期 {overdue} 项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="52"/>
        <source>give the words to search for</source>
        <translation>请给出要搜索的词</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="58"/>
        <source>no article matches {text}</source>
        <translation>没有与 {text} 匹配的文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="69"/>
        <location filename="../../salesmgr/cli/customers_kb.py" line="137"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="55"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="69"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="70"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="70"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="94"/>
        <location filename="../../salesmgr/cli/customers_kb.py" line="138"/>
        <source>account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="94"/>
        <location filename="../../salesmgr/cli/customers_kb.py" line="137"/>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="95"/>
        <location filename="../../salesmgr/cli/customers_kb.py" line="113"/>
        <source>competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="133"/>
        <source>strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="134"/>
        <source>weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="135"/>
        <source>our answers</source>
        <translation>我们的应对</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="55"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="56"/>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="56"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="57"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="58"/>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="64"/>
        <source>review of {day} by the {by}:</source>
        <translation>{day} 的复盘（{by}）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="70"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="70"/>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="71"/>
        <source>certification {name} on {day}: {score} ({passed})</source>
        <translation>认证 {name}（{day}）：{score} 分（{passed}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="77"/>
        <source>review agenda for {day} (since {since})</source>
        <translation>{day} 的复盘议程（自 {since} 以来）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="90"/>
        <source>{deal}: {days} days in {stage} (stalls after {threshold})</source>
        <translation>{deal}：在“{stage}”阶段已 {days} 天（超过 {threshold} 天即为停滞）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="93"/>
        <source>{day} {activity}: logged {hours} h later</source>
        <translation>{day} {activity}：{hours} 小时后才录入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="102"/>
        <source>onboarding templates (target mix {mix}: practice / feedback / formal training)</source>
        <translation>入职模板（目标结构 {mix}：实践 / 反馈 / 正式培训）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="104"/>
        <source>tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="105"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="105"/>
        <source>planned mix</source>
        <translation>计划结构</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="106"/>
        <source>plans</source>
        <translation>计划数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="114"/>
        <source>a ramped rep wins {amount} in 90 days ({n} ramped reps)</source>
        <translation>已上手的销售代表 90 天赢单 {amount}（共 {n} 名已上手销售代表）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="116"/>
        <source>no ramped reps to compare with</source>
        <translation>没有可供对比的已上手销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="117"/>
        <source>ramp on {today}</source>
        <translation>{today} 的上手情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="118"/>
        <source>new hire</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="118"/>
        <source>hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="121"/>
        <source>first activity</source>
        <translation>首次活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="121"/>
        <source>first opportunity</source>
        <translation>首个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="122"/>
        <source>first deal</source>
        <translation>首单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="122"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="132"/>
        <source>won in 90 days</source>
        <translation>90 天赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="122"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="133"/>
        <source>vs ramped</source>
        <translation>对比已上手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="123"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="133"/>
        <source>on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="128"/>
        <source>by hiring cohort</source>
        <translation>按入职批次</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="129"/>
        <source>by mentor</source>
        <translation>按导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="132"/>
        <source>new hires</source>
        <translation>新员工数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="138"/>
        <source>amounts in {currencies} are left out: no exchange rate (salesmgr rate set CUR RATE)</source>
        <translation>{currencies} 的金额未计入：缺少汇率（salesmgr rate set 币种 汇率）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="47"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_kb.py" line="138"/>
        <location filename="../../salesmgr/cli/reports.py" line="49"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="49"/>
        <source>now</source>
        <translation>当前数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="50"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="50"/>
        <source>reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="34"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="46"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="47"/>
        <location filename="../../salesmgr/cli/reports.py" line="51"/>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="60"/>
        <source>left out of the amounts: {deals} {currency} deals ({amount}), no exchange rate; add one with: salesmgr rate set {currency} RATE</source>
        <translation>未计入金额：{deals} 个 {currency} 商机（{amount}），没有汇率；用以下命令添加：salesmgr rate set {currency} RATE</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="62"/>
        <source>left out of the amounts: {deals} {currency} deal ({amount}), no exchange rate; add one with: salesmgr rate set {currency} RATE</source>
        <translation>未计入金额：{deals} 个 {currency} 商机（{amount}），没有汇率；用以下命令添加：salesmgr rate set {currency} RATE</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="69"/>
        <source>average cycle: {days}</source>
        <translation>平均销售周期：{days}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="71"/>
        <source>average cycle: {days}, median: {median}</source>
        <translation>平均销售周期：{days}，中位数：{median}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="73"/>
        <source>win rate: {share}</source>
        <translation>赢单率：{share}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="74"/>
        <source>weighted pipeline: {amount} {currency}</source>
        <translation>加权销售漏斗：{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="76"/>
        <source>data completeness: {share}</source>
        <translation>数据完整度：{share}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="85"/>
        <source>the dashboard needs a quarter, month or year (won is measured against its quota); --period all works for funnel, export funnel and data exports</source>
        <translation>仪表盘需要一个季度、月份或年份（赢单金额要与该期的指标比较）；--period all 只适用于 funnel、export funnel 和数据导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="103"/>
        <source>{period} ({start} to {end}), amounts in {currency}</source>
        <translation>{period}（{start} 至 {end}），金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="105"/>
        <source>won: {amount} of quota {quota} ({share})</source>
        <translation>赢单：{amount}，指标 {quota}（{share}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/reports.py" line="108"/>
        <source>stalled deals: {count}</source>
        <translation>停滞商机：{count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="97"/>
        <source>{value} is not a number; write the {what} like 250000</source>
        <translation>{value} 不是数字；请把{what}写成 250000 这样的形式</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="176"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="176"/>
        <source>open</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="177"/>
        <source>quotas {period} ({state}), amounts in {currency}</source>
        <translation>指标 {period}（{state}），金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="171"/>
        <location filename="../../salesmgr/cli/quotas.py" line="179"/>
        <location filename="../../salesmgr/cli/quotas.py" line="253"/>
        <source>quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="35"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="57"/>
        <location filename="../../salesmgr/cli/quota_plan.py" line="172"/>
        <location filename="../../salesmgr/cli/quota_plan.py" line="185"/>
        <location filename="../../salesmgr/cli/quotas.py" line="180"/>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="181"/>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="181"/>
        <source>pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="190"/>
        <location filename="../../salesmgr/cli/text.py" line="38"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="35"/>
        <source>{year} is not a fiscal year; give one like 2027</source>
        <translation>{year} 不是财年；请写成 2027 这样的年份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="114"/>
        <source>quota plan of fiscal {year}, amounts in {currency}</source>
        <translation>{year} 财年指标计划，金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="22"/>
        <source>every team</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="26"/>
        <source>dry run, nothing changed: {method}, {team}</source>
        <translation>试运行，未做任何更改：{method}，{team}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="27"/>
        <source>routed {method}, {team}</source>
        <translation>已分配（{method}，{team}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="29"/>
        <source>{assigned} assigned, {left} left unassigned, {nurtured} moved to nurturing</source>
        <translation>已分配 {assigned} 条，未分配 {left} 条，{nurtured} 条转入培育</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="32"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="66"/>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="57"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="33"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="40"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="67"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="33"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="77"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="82"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="33"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="67"/>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="12"/>
        <source>left out of the averages: {deals} {currency} deal, no exchange rate</source>
        <translation>平均值未计入：{deals} 笔 {currency} 成交，无汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="13"/>
        <source>left out of the averages: {deals} {currency} deals, no exchange rate</source>
        <translation>平均值未计入：{deals} 笔 {currency} 成交，无汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="29"/>
        <source>lead review: leads created {start} to {end}, scoring model version {version}, {leads} leads</source>
        <translation>线索复盘：{start} 至 {end} 创建的线索，评分模型第 {version} 版，共 {leads} 条线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="34"/>
        <source>converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="35"/>
        <source>win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="36"/>
        <source>average won deal ({currency})</source>
        <translation>平均赢单金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="45"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="72"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="45"/>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="46"/>
        <source>matched</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="47"/>
        <source>others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="48"/>
        <source>lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="48"/>
        <source>separates?</source>
        <translation>能否区分？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="53"/>
        <source>a rule does not separate good from bad leads when its lift is between {low} and {high}; fewer than {few} leads on either side is too few to tell</source>
        <translation>提升度在 {low} 与 {high} 之间的规则无法区分好线索与差线索；任一侧少于 {few} 条线索则数据太少，无法判断</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="58"/>
        <source>converted, not won</source>
        <translation>已转化，未赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="59"/>
        <source>not converted</source>
        <translation>未转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="63"/>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="68"/>
        <source>proposed scoring model from the leads created {start} to {end} ({leads} leads), beside version {version}</source>
        <translation>根据 {start} 至 {end} 创建的线索（{leads} 条）提出的评分模型，与第 {version} 版对照</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="72"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="73"/>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="78"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="34"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="40"/>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="73"/>
        <source>proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="77"/>
        <source>current minimum</source>
        <translation>当前下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="78"/>
        <source>proposed minimum</source>
        <translation>建议下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="82"/>
        <source>leads now</source>
        <translation>当前线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="83"/>
        <source>conversion now</source>
        <translation>当前转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="84"/>
        <source>leads proposed</source>
        <translation>建议后线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="85"/>
        <source>conversion proposed</source>
        <translation>建议后转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="92"/>
        <source>accepted by {by}: saved as version {version}, every lead rescored</source>
        <translation>已由 {by} 采纳：保存为第 {version} 版，所有线索已重新评分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="95"/>
        <source>nothing changed yet; accept with --accept --by NAME</source>
        <translation>尚未做任何更改；用 --accept --by 姓名 采纳</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review_text.py" line="97"/>
        <source>the proposal is the current model; nothing to accept</source>
        <translation>建议与当前模型相同；无需采纳</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="39"/>
        <source>left unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="46"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="46"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="50"/>
        <source>routing {method}, {team}; default capacity {capacity} open leads per rep</source>
        <translation>分配方式：{method}，{team}；默认容量为每位销售 {capacity} 条未结线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="53"/>
        <source>no active reps</source>
        <translation>没有在职的销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="54"/>
        <location filename="../../salesmgr/cli/quota_plan.py" line="116"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="55"/>
        <source>takes leads</source>
        <translation>接收线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="55"/>
        <source>load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="56"/>
        <source>regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="56"/>
        <source>industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="63"/>
        <source>{count} leads on the nurturing list ({nurtured} added now)</source>
        <translation>培育名单上有 {count} 条线索（本次新增 {nurtured} 条）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="68"/>
        <source>what would lift it</source>
        <translation>如何提升</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="72"/>
        <source>written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="117"/>
        <source>{period} locked</source>
        <translation>{period} 已锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="118"/>
        <source>year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="121"/>
        <source>no team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="124"/>
        <source>subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="126"/>
        <source>company total</source>
        <translation>公司合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="128"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="129"/>
        <source>target: {target}; sum of quotas: {total}; gap: {gap}</source>
        <translation>目标：{target}；指标合计：{total}；差额：{gap}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="139"/>
        <source>no quota in the last 4 closed quarters</source>
        <translation>最近 4 个已结束季度没有指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="140"/>
        <source>no target for the fiscal year</source>
        <translation>该财年没有目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="141"/>
        <source>no fully ramped rep to compare with</source>
        <translation>没有可对比的完全爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="142"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="142"/>
        <source>the quota is zero</source>
        <translation>指标为 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="143"/>
        <source>nothing won</source>
        <translation>无赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="150"/>
        <source>capacity: {reason}</source>
        <translation>产能：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="153"/>
        <source>capacity {capacity}; {reason}</source>
        <translation>产能 {capacity}；{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="157"/>
        <source>capacity {capacity} vs target {target}: covered, {spare} to spare</source>
        <translation>产能 {capacity}，目标 {target}：可覆盖，富余 {spare}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="163"/>
        <source>about 1 more ramped rep</source>
        <translation>约需再增加 1 名已爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="164"/>
        <source>about {n} more ramped reps</source>
        <translation>约需再增加 {n} 名已爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="165"/>
        <source>capacity {capacity} vs target {target}: {gap} short; {more}</source>
        <translation>产能 {capacity}，目标 {target}：缺口 {gap}；{more}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="172"/>
        <source>weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="173"/>
        <source>landing</source>
        <translation>预计落地</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="173"/>
        <source>of quota</source>
        <translation>占指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="184"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="184"/>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="185"/>
        <source>forecast accuracy</source>
        <translation>预测准确率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="201"/>
        <source>a quota is for a quarter (2026Q3) or a month (2026-08), not a year</source>
        <translation>指标按季度（2026Q3）或月份（2026-08）设定，不能按年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="211"/>
        <source>quota of {rep} for {period} set to {amount}</source>
        <translation>{rep} 在 {period} 的指标已设为 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quota_plan.py" line="171"/>
        <location filename="../../salesmgr/cli/quotas.py" line="252"/>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="255"/>
        <source>target: {amount}</source>
        <translation>目标：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="257"/>
        <source>rounding: {amount} (cents given to the largest remainders)</source>
        <translation>舍入：{amount}（按最大余数分配的分）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="270"/>
        <source>nobody in the scope won anything last fiscal year; split equally instead</source>
        <translation>范围内上一财年无人赢单；改为平均分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="272"/>
        <source>no won revenue in the last two fiscal years; split equally over the quarters instead</source>
        <translation>前两个财年没有赢单收入；改为各季度平均分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="297"/>
        <source>target of fiscal {year} set to {amount}</source>
        <translation>{year} 财年的目标已设为 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="306"/>
        <source>unlock needs --reason TEXT saying why</source>
        <translation>解锁需要用 --reason 文字说明原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="319"/>
        <source>{period} unlocked by {actor}</source>
        <translation>{period} 已由 {actor} 解锁</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/quotas.py" line="320"/>
        <source>{period} locked by {actor}</source>
        <translation>{period} 已由 {actor} 锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/text.py" line="68"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="63"/>
        <source>{action} needs --goal ID</source>
        <translation>{action} 需要 --goal 编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="70"/>
        <source>goals are set for a quarter, month or year, not for all dates</source>
        <translation>目标按季度、月份或年份设定，不能是全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="82"/>
        <source>{option} must be a number such as 90 or 15%, not {text}</source>
        <translation>{option} 必须是数字，例如 90 或 15%，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="91"/>
        <source>--param takes NAME=VALUE, not {text}</source>
        <translation>--param 的格式为 名称=值，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="111"/>
        <source>goals add needs --template KEY, or --dimension, --metric, --baseline and --target</source>
        <translation>goals add 需要 --template 模板，或 --dimension、--metric、--baseline 和 --target</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="128"/>
        <source>goal {id} added for {period}</source>
        <translation>已为 {period} 添加目标 {id}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="142"/>
        <source>actual needs --value</source>
        <translation>actual 需要 --value</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="146"/>
        <source>--date must be YYYY-MM-DD, not {text}</source>
        <translation>--date 必须为 YYYY-MM-DD，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="154"/>
        <source>actual of goal {id} recorded</source>
        <translation>已记录目标 {id} 的实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="166"/>
        <source>goal {id} deleted</source>
        <translation>已删除目标 {id}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="213"/>
        <source>goals {period}</source>
        <translation>{period} 目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="215"/>
        <source>no goals for this period; add one with &apos;salesmgr goals add&apos;</source>
        <translation>本周期没有目标；用 &apos;salesmgr goals add&apos; 添加</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="216"/>
        <location filename="../../salesmgr/cli/goals.py" line="246"/>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="216"/>
        <location filename="../../salesmgr/cli/goals.py" line="251"/>
        <location filename="../../salesmgr/cli/roadmap.py" line="141"/>
        <location filename="../../salesmgr/cli/roadmap.py" line="178"/>
        <source>metric</source>
        <translation>指标项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="217"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="57"/>
        <location filename="../../salesmgr/cli/quotas.py" line="179"/>
        <source>owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="217"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="218"/>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="218"/>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="219"/>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="219"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="227"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="32"/>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="66"/>
        <location filename="../../salesmgr/cli/quotas.py" line="162"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="246"/>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="247"/>
        <location filename="../../salesmgr/cli/goals.py" line="252"/>
        <location filename="../../salesmgr/cli/onboarding_text.py" line="104"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/goals.py" line="251"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="104"/>
        <source>roadmap on {today}</source>
        <translation>路线图（{today}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="112"/>
        <source>no milestones yet</source>
        <translation>还没有里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="114"/>
        <source>pilot: {team} since {start}</source>
        <translation>试点：{team}，自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="126"/>
        <source>the diagnosis is for a quarter, month or year, not for all dates</source>
        <translation>诊断针对一个季度、月份或年度，不能针对全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="141"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="142"/>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="142"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="145"/>
        <source>{baseline} -&gt; {target} ({period})</source>
        <translation>{baseline} -&gt; {target}（{period}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="150"/>
        <source>diagnosis {period}</source>
        <translation>诊断 {period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="180"/>
        <source>pilot before</source>
        <translation>试点前</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="180"/>
        <source>pilot after</source>
        <translation>试点后</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="180"/>
        <source>others before</source>
        <translation>其他团队试点前</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="181"/>
        <source>others after</source>
        <translation>其他团队试点后</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="181"/>
        <source>difference</source>
        <translation>双重差分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="184"/>
        <source>pilot {team} since {start}</source>
        <translation>试点 {team}，自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="212"/>
        <source>milestone {id} added</source>
        <translation>已添加里程碑 {id}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/roadmap.py" line="227"/>
        <source>{team} is the pilot from {start}</source>
        <translation>{team} 自 {start} 起为试点团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="145"/>
        <source>plan {id} for {rep} from {start} ({template})</source>
        <translation>已为 {rep} 创建计划 {id}，自 {start} 起（{template}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="192"/>
        <source>task {id} is not done</source>
        <translation>任务 {id} 已标为未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="193"/>
        <source>task {id} done on {day}</source>
        <translation>任务 {id} 已于 {day} 完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="224"/>
        <source>review {id} saved</source>
        <translation>复盘 {id} 已保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="236"/>
        <source>certification result {id} recorded</source>
        <translation>认证成绩 {id} 已记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="247"/>
        <source>plan {id} finished</source>
        <translation>计划 {id} 已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/onboarding.py" line="247"/>
        <source>plan {id} cancelled</source>
        <translation>计划 {id} 已取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="54"/>
        <source>model version {version}: {grades}</source>
        <translation>模型版本 {version}：{grades}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="86"/>
        <source>scoring model version {version}, saved by {who} on {when}</source>
        <translation>评分模型版本 {version}，由 {who} 于 {when} 保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="93"/>
        <source>the rest</source>
        <translation>其余</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="102"/>
        <source>salesmgr (built in)</source>
        <translation>salesmgr（内置）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="106"/>
        <source>the seed&apos;s model</source>
        <translation>初始模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="106"/>
        <source>edited</source>
        <translation>手工编辑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="107"/>
        <source>accepted proposal</source>
        <translation>采纳的建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="137"/>
        <source>saved model version {version}: {grades}</source>
        <translation>已保存模型版本 {version}：{grades}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="162"/>
        <source>no grade called {name}; the grades are {names}</source>
        <translation>没有名为 {name} 的等级；现有等级为 {names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_model.py" line="179"/>
        <source>score {score}, {grade}</source>
        <translation>得分 {score}，{grade}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review.py" line="61"/>
        <source>give both --from and --to, or neither for the last full month</source>
        <translation>请同时给出 --from 和 --to，或都不给以使用上一个完整月份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review.py" line="64"/>
        <source>--to is before --from; give the first day, then the last</source>
        <translation>--to 早于 --from；请先给第一天，再给最后一天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_review.py" line="143"/>
        <source>--accept needs --by NAME: who accepts the proposal</source>
        <translation>--accept 需要 --by 姓名：由谁采纳该建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers.py" line="93"/>
        <source>--days must be between 0 and 3660, not {days}</source>
        <translation>--days 必须在 0 到 3660 之间，而不是 {days}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers.py" line="139"/>
        <source>cannot read {file}; check the path</source>
        <translation>无法读取 {file}；请检查路径</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers.py" line="141"/>
        <source>{file} is not valid JSON ({error}); save the model as &apos;health model --json&apos; prints it</source>
        <translation>{file} 不是有效的 JSON（{error}）；请按 &apos;health model --json&apos; 输出的格式保存模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="15"/>
        <source>{label} missing</source>
        <translation>{label} 缺失</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="125"/>
        <source>({currencies} left out: no rate)</source>
        <translation>（未计入 {currencies}：缺少汇率）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="131"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="36"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="47"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="131"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="132"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="36"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="48"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="132"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="133"/>
        <source>Customer since</source>
        <translation>成为客户日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="134"/>
        <source>Lifetime revenue</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="134"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="136"/>
        <source>{count} accounts; amounts in {currency}</source>
        <translation>{count} 个客户；金额单位 {currency}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="139"/>
        <source>Left out of the revenue (no exchange rate): {currencies}</source>
        <translation>未计入收入（缺少汇率）：{currencies}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="156"/>
        <source>Owner: {owner}; team: {team}</source>
        <translation>负责人：{owner}；团队：{team}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="158"/>
        <source>Customer since: {since}; churned: {churned}</source>
        <translation>成为客户：{since}；流失：{churned}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="160"/>
        <source>Contract start: {start}; renewal: {renewal} ({intent}); payment: {payment}</source>
        <translation>合同开始：{start}；续约：{renewal}（{intent}）；付款：{payment}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="163"/>
        <source>Lifetime revenue: {revenue} from {deals} won deals</source>
        <translation>累计收入：{revenue}，来自 {deals} 个赢单商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="165"/>
        <source>Contacts: {contacts}; deals: {open} open, {closed} closed; activities: {activities}</source>
        <translation>联系人：{contacts}；商机：{open} 个进行中，{closed} 个已关闭；活动：{activities}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="168"/>
        <source>Tickets: {total} ({open} open)</source>
        <translation>工单：{total}（{open} 个未关闭）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="171"/>
        <source>Health: {score} ({band})</source>
        <translation>健康度：{score}（{band}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="174"/>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="37"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="48"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="37"/>
        <source>Band</source>
        <translation>健康等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="38"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="49"/>
        <source>Breakdown</source>
        <translation>得分构成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="46"/>
        <source>No at-risk customer renews in the next {days} days.</source>
        <translation>未来 {days} 天内没有需要续约的高风险客户。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_accounts.py" line="133"/>
        <location filename="../../salesmgr/cli/customers_text.py" line="47"/>
        <source>Renewal</source>
        <translation>续约日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="52"/>
        <source>At-risk customers renewing in the next {days} days: {count}</source>
        <translation>未来 {days} 天内续约的高风险客户：{count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="58"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="58"/>
        <source>Customers at start</source>
        <translation>期初客户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="59"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="59"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="60"/>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="70"/>
        <source>Weights (0: not used):</source>
        <translation>权重（0：不使用）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_text.py" line="71"/>
        <source>Healthy from {healthy}, watch from {watch}, at risk below; a score needs {parts} known inputs.</source>
        <translation>{healthy} 分及以上为健康，{watch} 分及以上为关注，更低为高风险；至少需要 {parts} 项已知指标才计算得分。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="78"/>
        <source>#{id} {deal} ({account}), won {won}: {done}/{items} done</source>
        <translation>#{id} {deal}({account}),{won} 赢单:已完成 {done}/{items}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="82"/>
        <source>, {count} overdue</source>
        <translation>,{count} 项逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="96"/>
        <source>No hand-offs in this state.</source>
        <translation>没有此状态的交接。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="114"/>
        <source>[{mark}] {number}. {label} (due {due})</source>
        <translation>[{mark}] {number}. {label}(到期 {due})</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="118"/>
        <source>, done {day} by {who}</source>
        <translation>,{day} 由 {who} 完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="133"/>
        <source>Promise ({status}): {text}</source>
        <translation>承诺({status}):{text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="149"/>
        <source>{item} fits several items: {choices}</source>
        <translation>{item} 与多个清单项相符:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="150"/>
        <source>no item {item}; use one of: {choices}</source>
        <translation>没有清单项 {item};请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="179"/>
        <source>--export needs a file name ending in .xlsx, not {file}</source>
        <translation>--export 需要以 .xlsx 结尾的文件名,而不是 {file}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="198"/>
        <source>Committee review {quarter} as of {day}</source>
        <translation>委员会评审 {quarter},截至 {day}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="200"/>
        <source>At-risk accounts: {count}</source>
        <translation>风险客户:{count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="202"/>
        <source>Broken promises: {count}</source>
        <translation>未兑现的承诺:{count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="204"/>
        <source>Open hand-offs: {count}, {overdue} overdue items</source>
        <translation>未完成的交接:{count},{overdue} 项逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_handoffs.py" line="208"/>
        <source>Written to {file}</source>
        <translation>已写入 {file}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="100"/>
        <source>Finish plan</source>
        <translation>完成计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="100"/>
        <source>Cancel plan</source>
        <translation>取消计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="101"/>
        <source>Finish the onboarding plan of {rep}? Its tasks and reviews are kept.</source>
        <translation>完成 {rep} 的入职计划？其任务和复盘记录会保留。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="102"/>
        <source>Cancel the onboarding plan of {rep}? Its tasks and reviews are kept, and {rep} can get a new plan.</source>
        <translation>取消 {rep} 的入职计划？其任务和复盘记录会保留，{rep} 可以获得新的计划。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="106"/>
        <source>Finished on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="106"/>
        <source>Cancelled on:</source>
        <translation>取消日期：</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../salesmgr/views/widgets/column_chooser.py" line="37"/>
        <source>Columns shown</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/column_chooser.py" line="47"/>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>Combos</name>
    <message>
        <location filename="../../salesmgr/views/widgets/combos.py" line="21"/>
        <source>{period} (current)</source>
        <translation>{period}（本季度）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/combos.py" line="37"/>
        <source>{first}–{last} {year}</source>
        <translation>{year}年{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/combos.py" line="40"/>
        <source>{first} {first_year}–{last} {last_year}</source>
        <translation>{first_year}年{first}–{last_year}年{last}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/combos.py" line="42"/>
        <source>FY{year} Q{number} ({months})</source>
        <translation>{year}财年第{number}季度（{months}）</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="50"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="53"/>
        <source>Quarter:</source>
        <translation>季度:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="59"/>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="61"/>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="62"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="59"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="59"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="59"/>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="60"/>
        <source>Weakest inputs</source>
        <translation>最弱的指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="61"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="61"/>
        <source>Broken on</source>
        <translation>违背日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="62"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="62"/>
        <source>Won on</source>
        <translation>赢单日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="63"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="63"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="65"/>
        <source>At-risk accounts</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="66"/>
        <source>Broken promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="67"/>
        <source>Open hand-offs</source>
        <translation>未完成的交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="97"/>
        <source>As of {day}: {risk} at-risk accounts, {broken} broken promises, {open} open hand-offs ({overdue} overdue items)</source>
        <translation>截至 {day}:{risk} 个风险客户,{broken} 项未兑现的承诺,{open} 个未完成的交接({overdue} 项逾期)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="113"/>
        <source>Committee review {quarter}.xlsx</source>
        <translation>委员会评审 {quarter}.xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="114"/>
        <source>Export the committee review</source>
        <translation>导出委员会评审</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="115"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/committee_tab.py" line="127"/>
        <source>Committee review</source>
        <translation>委员会评审</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="148"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="148"/>
        <source>Leads
(current)</source>
        <translation>线索数
（当前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="148"/>
        <source>Conversion
(current)</source>
        <translation>转化率
（当前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="149"/>
        <source>Leads
(proposed)</source>
        <translation>线索数
（建议）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="149"/>
        <source>Conversion
(proposed)</source>
        <translation>转化率
（建议）</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="16"/>
        <source>Edit competitor</source>
        <translation>编辑竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="16"/>
        <source>New competitor</source>
        <translation>新建竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="19"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="20"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="21"/>
        <source>&amp;Strengths:</source>
        <translation>优势(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="22"/>
        <source>W&amp;eaknesses:</source>
        <translation>劣势(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitor_dialog.py" line="23"/>
        <source>Our &amp;answers:</source>
        <translation>我们的应对(&amp;A):</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="54"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="54"/>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="54"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="54"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="55"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="55"/>
        <source>Win rate</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="58"/>
        <source>New competitor…</source>
        <translation>新建竞争对手…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="60"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="62"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="68"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="68"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="68"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="69"/>
        <source>Remove deal</source>
        <translation>移除商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="124"/>
        <source>Win rate against {name}: {rate} ({won} won, {lost} lost, {open} open)</source>
        <translation>对 {name} 的赢率：{rate}（赢单 {won}，丢单 {lost}，进行中 {open}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="127"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="127"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="128"/>
        <source>Our answers</source>
        <translation>我们的应对</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="129"/>
        <source>Not written yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="142"/>
        <source>Delete competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="143"/>
        <source>Delete the competitor {name} and its links to deals?</source>
        <translation>删除竞争对手“{name}”及其与商机的关联？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/competitors_panel.py" line="162"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="193"/>
        <source>Copy from the previous year</source>
        <translation>从上一年复制</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="195"/>
        <source>Growth (%):</source>
        <translation>增长率（%）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="201"/>
        <source>Write the growth as a percentage, like 10 or -5</source>
        <translation>请以百分比填写增长率，例如 10 或 -5</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="26"/>
        <source>Edit cost entry</source>
        <translation>编辑成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="26"/>
        <source>Add cost entry</source>
        <translation>添加成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="29"/>
        <source>2026Q3, 2026-09 or 2026</source>
        <translation>2026Q3、2026-09 或 2026</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="34"/>
        <source>The company (no team)</source>
        <translation>公司（不属于团队）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="39"/>
        <source>empty: every lead source</source>
        <translation>留空：所有线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="41"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="42"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="43"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="44"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="45"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="46"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/cost_dialog.py" line="62"/>
        <source>Type the amount as digits, such as 120000 or 120000.50</source>
        <translation>请以数字输入金额，例如 120000 或 120000.50</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../salesmgr/models/customers/retention.py" line="60"/>
        <source>no customers at the start of the period</source>
        <translation>期初没有客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="52"/>
        <source>no customers in the period</source>
        <translation>该期间没有客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="53"/>
        <source>no customer churned in the period, so the expected lifetime is unknown</source>
        <translation>该期间没有客户流失，无法估算预期生命周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="54"/>
        <source>no new customers in the period</source>
        <translation>该期间没有新客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="55"/>
        <source>no cost entries for the period</source>
        <translation>该期间没有成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="56"/>
        <source>costs are entered per team and lead source, not per rep</source>
        <translation>成本按团队和线索来源录入，不按销售代表录入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/value.py" line="57"/>
        <source>the acquisition cost is zero</source>
        <translation>获客成本为零</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="84"/>
        <source>LTV and CAC, {period} ({currency})</source>
        <translation>LTV 与 CAC，{period}（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="87"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="88"/>
        <source>Lead sources</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="91"/>
        <location filename="../../salesmgr/models/customers/value.py" line="58"/>
        <source>no lead source</source>
        <translation>无线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="92"/>
        <source>  {name}: LTV {ltv} (ARPC {arpc} x {months} months), CAC {cac} ({new} new), LTV/CAC {ratio}</source>
        <translation>  {name}：LTV {ltv}（每客户收入 {arpc} × {months} 个月），CAC {cac}（新客户 {new} 个），LTV/CAC {ratio}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="98"/>
        <source>Left out (no exchange rate): {codes}</source>
        <translation>未计入（没有汇率）：{codes}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="101"/>
        <source>Cost entries of longer periods not counted: {periods}</source>
        <translation>未计入的更长期间费用：{periods}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="121"/>
        <source>No cost entries.</source>
        <translation>没有费用记录。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="139"/>
        <source>Cost entry {id} added.</source>
        <translation>已添加费用记录 {id}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="153"/>
        <source>{name} ({department}): {now} now, {lost} lost, median {days} days</source>
        <translation>{name}（{department}）：当前 {now} 个，流失 {lost} 个，中位 {days} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/customers_value.py" line="86"/>
        <location filename="../../salesmgr/models/customers/value.py" line="59"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="43"/>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="44"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="45"/>
        <source>At risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="46"/>
        <source>No score</source>
        <translation>无得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="50"/>
        <source>likely</source>
        <translation>可能续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="51"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="52"/>
        <source>unlikely</source>
        <translation>不太可能续约</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="53"/>
        <source>current</source>
        <translation>按时付款</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="54"/>
        <source>late</source>
        <translation>付款延迟</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="55"/>
        <source>overdue</source>
        <translation>逾期未付</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="172"/>
        <source>{change:+d}% ({recent} vs {earlier} a month)</source>
        <translation>{change:+d}%（月均 {recent} 对比 {earlier}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="180"/>
        <source>{count} in 90 days, {serious} high or urgent</source>
        <translation>90 天内 {count} 个，其中高或紧急 {serious} 个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="190"/>
        <source>CSAT {score}</source>
        <translation>CSAT {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="193"/>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health.py" line="203"/>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="29"/>
        <source>Usage trend</source>
        <translation>使用趋势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="30"/>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="31"/>
        <source>CSAT/NPS</source>
        <translation>CSAT/NPS 满意度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="32"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="33"/>
        <source>Renewal intent</source>
        <translation>续约意向</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/health_model.py" line="34"/>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="40"/>
        <source>Pre-sale feasibility confirmed with product</source>
        <translation>签约前已与产品部确认可行性</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="42"/>
        <source>Scope and promises written down</source>
        <translation>范围和承诺已书面记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="43"/>
        <source>Implementation owner named</source>
        <translation>已指定实施负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="44"/>
        <source>Kick-off held with the customer</source>
        <translation>已与客户召开启动会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="45"/>
        <source>Customer-success owner introduced</source>
        <translation>已引荐客户成功负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="49"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="49"/>
        <source>Marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="50"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/handoff_template.py" line="50"/>
        <source>Service</source>
        <translation>客服</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="113"/>
        <location filename="../../salesmgr/views/dashboard/page.py" line="327"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="119"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="120"/>
        <source>Save this dashboard as an Excel report</source>
        <translation>将此仪表盘保存为 Excel 报表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="126"/>
        <source>Won vs quota</source>
        <translation>赢单额 / 指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="127"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="128"/>
        <source>Average sales cycle</source>
        <translation>平均销售周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="129"/>
        <source>Weighted pipeline</source>
        <translation>加权销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="130"/>
        <source>Data completeness</source>
        <translation>数据完整度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="131"/>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="150"/>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="151"/>
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="152"/>
        <source>Hand-offs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="183"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="183"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="184"/>
        <source>Rep:</source>
        <translation>销售代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="201"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="207"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="263"/>
        <source>{start} to {end}, by close date</source>
        <translation>{start} 至 {end}，按成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="277"/>
        <source>Customer health: {count} at risk</source>
        <translation>客户健康度：{count} 个高风险</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="282"/>
        <source>Hand-offs: {count} overdue</source>
        <translation>交接：{count} 项逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="288"/>
        <location filename="../../salesmgr/views/dashboard/page.py" line="314"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="288"/>
        <location filename="../../salesmgr/views/dashboard/page.py" line="289"/>
        <source>{amount} won</source>
        <translation>已赢单 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="291"/>
        <source>{amount} of {quota} quota</source>
        <translation>指标 {quota} 中已完成 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="296"/>
        <source>won of won and lost</source>
        <translation>赢单占已结束商机的比例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="298"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="299"/>
        <source>won deals, start to close</source>
        <translation>赢单商机从开始到成交</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="301"/>
        <source>open deals × probability</source>
        <translation>进行中商机 × 赢率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="304"/>
        <source>key fields filled in</source>
        <translation>关键字段已填写</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="305"/>
        <source>open deals stuck in their stage</source>
        <translation>在当前阶段停滞的进行中商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="319"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/page.py" line="323"/>
        <source>cannot be computed for this filter</source>
        <translation>此筛选条件下无法计算</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="138"/>
        <source>Nobody in the scope won anything last fiscal year: split equally instead.</source>
        <translation>范围内上一财年无人赢单：改为平均分配。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="140"/>
        <source>No won revenue in the last two fiscal years: split equally over the quarters.</source>
        <translation>过去两个财年没有赢单收入：改为各季度平均分配。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="149"/>
        <source>Distribute a target</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="151"/>
        <source>Company (also sets the year&apos;s target)</source>
        <translation>公司（同时设为年度目标）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="157"/>
        <source>Equally</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="157"/>
        <source>By share of last year&apos;s won revenue</source>
        <translation>按上年赢单收入占比</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="158"/>
        <source>By seasonality (last two years)</source>
        <translation>按季节性（过去两年）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="158"/>
        <source>By ramp from hire date</source>
        <translation>按入职爬坡</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="162"/>
        <source>Percent of a full quota in tenure months 1, 2, …; after the last, 100 %</source>
        <translation>入职第 1、2……个月承担完整指标的百分比；之后为 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="165"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="166"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="167"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="168"/>
        <source>Ramp (% by month):</source>
        <translation>爬坡（按月 %）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="176"/>
        <source>Write the ramp as percentages separated by commas, like 25, 50, 75, 100</source>
        <translation>请用逗号分隔的百分比填写爬坡，例如 25, 50, 75, 100</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="181"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_chart.py" line="47"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_chart.py" line="48"/>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_chart.py" line="49"/>
        <source>Leads per score band by what became of them</source>
        <translation>各分数段线索及其结果</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_chart.py" line="50"/>
        <source>No leads were created in the period</source>
        <translation>该期间没有创建线索</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="25"/>
        <source>no exchange rate from {currency} to {base}; add one with &apos;salesmgr rate set {currency} RATE&apos;</source>
        <translation>没有从 {currency} 到 {base} 的汇率；请用“salesmgr rate set {currency} 汇率”添加</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="26"/>
        <source>an exchange rate must be positive, not {rate}</source>
        <translation>汇率必须为正数，不能是 {rate}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="27"/>
        <source>{path} is a folder; give the path of a database file inside it</source>
        <translation>{path} 是一个文件夹；请给出其中数据库文件的路径</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="28"/>
        <source>{path} cannot be read; check its permissions</source>
        <translation>无法读取 {path}；请检查其权限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="29"/>
        <source>{path} is read-only; copy it to a writable folder or change its permissions</source>
        <translation>{path} 是只读的；请把它复制到可写的文件夹，或修改其权限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="30"/>
        <source>the folder {folder} is read-only; choose a writable place for the database</source>
        <translation>文件夹 {folder} 是只读的；请为数据库选择一个可写的位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="31"/>
        <source>{path} was written by a newer salesmgr (schema {revision}); install the newer salesmgr to open it</source>
        <translation>{path} 由更新版本的 salesmgr 写入（结构版本 {revision}）；请安装新版 salesmgr 后再打开</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="32"/>
        <source>{target} is not a database path or URL; give a file path or a URL such as sqlite:///sales.sqlite</source>
        <translation>{target} 不是数据库路径或 URL；请给出文件路径或类似 sqlite:///sales.sqlite 的 URL</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="33"/>
        <source>{path} does not exist; run &apos;salesmgr init&apos; to create it</source>
        <translation>{path} 不存在；请运行“salesmgr init”创建它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="34"/>
        <source>cannot create the folder {folder} ({reason}); choose another place for the database</source>
        <translation>无法创建文件夹 {folder}（{reason}）；请为数据库选择其他位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="35"/>
        <source>{path} is already open in another salesmgr (process {pid}); close it there first</source>
        <translation>{path} 已在另一个 salesmgr（进程 {pid}）中打开；请先在那里关闭它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="36"/>
        <source>{path} is already open in another salesmgr; close it there first</source>
        <translation>{path} 已在另一个 salesmgr 中打开；请先在那里关闭它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="37"/>
        <source>cannot use {url}: {reason}; check the URL or install its database driver</source>
        <translation>无法使用 {url}：{reason}；请检查 URL 或安装相应的数据库驱动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="38"/>
        <source>{path} cannot be opened as a database ({reason}); choose another database file</source>
        <translation>{path} 无法作为数据库打开（{reason}）；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="39"/>
        <source>cannot open the database: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="40"/>
        <source>{path} holds tables but is not a salesmgr database; choose another database file</source>
        <translation>{path} 含有数据表，但不是 salesmgr 数据库；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="41"/>
        <source>{path} is not a salesmgr database (not an SQLite file); choose another database file</source>
        <translation>{path} 不是 salesmgr 数据库（不是 SQLite 文件）；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="42"/>
        <source>the database already holds data; demo data loads only into an empty database (on the command line, --force replaces the data)</source>
        <translation>数据库中已有数据；演示数据只能加载到空数据库（在命令行中可用 --force 替换现有数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="43"/>
        <source>demo data needs at least one rep and one opportunity</source>
        <translation>演示数据至少需要一名销售代表和一个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="44"/>
        <source>demo data needs at least one open, one won and one lost pipeline stage</source>
        <translation>演示数据至少需要一个进行中、一个赢单和一个输单的漏斗阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="45"/>
        <source>money must not come from a float; pass a string</source>
        <translation>金额不能来自浮点数；请传入字符串</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="46"/>
        <source>not an ISO 4217 currency code: {code} (use three letters such as CNY, USD, EUR)</source>
        <translation>{code} 不是 ISO 4217 货币代码（请使用三个字母，如 CNY、USD、EUR）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="47"/>
        <source>not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="48"/>
        <source>no rep with id {id}</source>
        <translation>没有 ID 为 {id} 的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="49"/>
        <source>a rep needs a name</source>
        <translation>销售代表需要填写姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="50"/>
        <source>unknown role {role}; use one of {roles}</source>
        <translation>未知角色 {role}；请使用以下之一：{roles}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="51"/>
        <source>{email} is not an e-mail address</source>
        <translation>{email} 不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="52"/>
        <source>{email} is already the e-mail of {name}</source>
        <translation>{email} 已是 {name} 的邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="53"/>
        <source>a team needs a name</source>
        <translation>团队需要填写名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="54"/>
        <source>there is already a team called {name}</source>
        <translation>已有名为 {name} 的团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="55"/>
        <source>a rep cannot be their own manager or mentor</source>
        <translation>销售代表不能是自己的经理或导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="56"/>
        <source>no team with id {id}</source>
        <translation>没有 ID 为 {id} 的团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="57"/>
        <source>a mapping preset name can be at most {limit} characters</source>
        <translation>映射方案名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="58"/>
        <source>a quota needs a rep or a team</source>
        <translation>指标必须指定销售代表或团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="59"/>
        <source>cannot export to {path}: the file name must end in .xlsx or .csv</source>
        <translation>无法导出到 {path}：文件名须以 .xlsx 或 .csv 结尾</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="60"/>
        <source>cannot write {path}: a report is written as .xlsx only; give a name ending in .xlsx</source>
        <translation>无法写入 {path}：报表只能保存为 .xlsx；请使用以 .xlsx 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="61"/>
        <source>the {name} report needs a quarter, a month or a year, not all dates</source>
        <translation>{name} 报表需要一个季度、月份或年份，不能是全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="62"/>
        <source>cannot write {path} ({reason}); choose another place</source>
        <translation>无法写入 {path}（{reason}）；请选择其他位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="63"/>
        <source>cannot write {path}: it is open in another program or not writable; close it or choose another name</source>
        <translation>无法写入 {path}：该文件已在其他程序中打开或不可写；请关闭该文件或换一个文件名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="64"/>
        <source>give the mapping preset a name</source>
        <translation>请为映射方案命名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="65"/>
        <source>no column for the required field {field}; map one of the file&apos;s columns to it</source>
        <translation>必填字段 {field} 没有对应的列；请将文件中的某一列映射到该字段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="66"/>
        <source>no mapping preset called {name}; known presets: {names}</source>
        <translation>没有名为 {name} 的映射方案；现有方案：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="67"/>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="68"/>
        <source>the required field is empty</source>
        <translation>必填字段为空</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="69"/>
        <source>the required field {field} is empty, and so are {columns}</source>
        <translation>必填字段 {field} 为空，{columns} 也为空</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="70"/>
        <source>user type {type}</source>
        <translation>用户类型 {type}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="71"/>
        <source>deleted in the CRM</source>
        <translation>已在 CRM 中删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="72"/>
        <source>unreadable value</source>
        <translation>无法识别的值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="73"/>
        <source>matches several existing records with the same key; add an ID column to tell them apart</source>
        <translation>与多条键值相同的现有记录匹配；请添加 ID 列以区分它们</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="74"/>
        <source>account name matches {n} accounts; add the account id column</source>
        <translation>客户名称对应 {n} 个客户；请加上客户 ID 列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="75"/>
        <source>owner name matches {n} reps; add the owner id or email column</source>
        <translation>负责人姓名对应 {n} 名销售代表；请加上负责人 ID 列或邮箱列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="76"/>
        <source>rep name matches {n} reps; add the rep id or email column</source>
        <translation>销售代表姓名对应 {n} 名销售代表；请加上销售代表 ID 列或邮箱列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="77"/>
        <source>new teams: {names}</source>
        <translation>新增团队：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="78"/>
        <source>no rep has the manager id {ids}; those reps were imported without a manager</source>
        <translation>没有销售代表的 ID 是经理 ID {ids}；这些销售代表导入时未设经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="79"/>
        <source>activity types not recognised, imported as notes: {values}</source>
        <translation>无法识别的活动类型，已作为备注导入：{values}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="80"/>
        <source>unreadable value ({reason})</source>
        <translation>无法识别的值（{reason}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="81"/>
        <source>removed {count} control characters (NUL and the like) from the file&apos;s values</source>
        <translation>已从文件的值中删除 {count} 个控制字符（NUL 等）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="82"/>
        <source>the file mixes encodings (lines read as UTF-8: {utf8}; as Windows-1252: {single}); check its accented characters</source>
        <translation>文件混用了多种编码（按 UTF-8 读取的行：{utf8}；按 Windows-1252 读取的行：{single}）；请检查其中的重音字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="83"/>
        <source>no column for the required field {field}</source>
        <translation>必填字段 {field} 没有对应的列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="84"/>
        <source>the dates in {header} could be day/month or month/day; they are read as day/month</source>
        <translation>{header} 中的日期无法区分是“日/月”还是“月/日”；已按“日/月”读取</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="85"/>
        <source>the dates in {header} could be day/month or month/day; they are read as month/day</source>
        <translation>{header} 中的日期无法区分是“日/月”还是“月/日”；已按“月/日”读取</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="86"/>
        <source>the column {header} is mapped to {field}, which is not a field of {kind}; choose one of {fields}</source>
        <translation>列 {header} 被映射到 {field}，但它不是{kind}的字段；请从以下字段中选择：{fields}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="87"/>
        <source>the field {field} is mapped from two columns, {first} and {second}; keep one</source>
        <translation>字段 {field} 同时映射自 {first} 和 {second} 两列；请只保留一列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="88"/>
        <source>the file {file} could not be opened ({reason}); check that it exists and is not open in another program</source>
        <translation>无法打开文件 {file}（{reason}）；请确认文件存在且未在其他程序中打开</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="89"/>
        <source>the file {file} could not be read ({reason}); open it in Excel and save it again as .xlsx</source>
        <translation>无法读取文件 {file}（{reason}）；请在 Excel 中打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="90"/>
        <source>the file {file} declares XML entities, which are refused for safety; open it in Excel and save it again as .xlsx</source>
        <translation>文件 {file} 声明了 XML 实体，出于安全考虑已拒绝；请在 Excel 中打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="91"/>
        <source>the file {file} has a header but no data rows</source>
        <translation>文件 {file} 只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="92"/>
        <source>the file {file} has no data; export it again from the CRM</source>
        <translation>文件 {file} 中没有数据；请从 CRM 重新导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="93"/>
        <source>the file {file} is a web page or XML file, not a real spreadsheet; open it in Excel and save it again as .xlsx</source>
        <translation>文件 {file} 是网页或 XML 文件，并非真正的电子表格；请在 Excel 中打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="94"/>
        <source>the file {file} is damaged or incomplete; download or export it again</source>
        <translation>文件 {file} 已损坏或不完整；请重新下载或导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="95"/>
        <source>the file {file} is empty; export it again from the CRM</source>
        <translation>文件 {file} 是空的；请从 CRM 重新导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="96"/>
        <source>the file {file} is not a spreadsheet or CSV file; choose an .xlsx, .xls, .ods or .csv export</source>
        <translation>文件 {file} 不是电子表格或 CSV 文件；请选择 .xlsx、.xls、.ods 或 .csv 格式的导出文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="97"/>
        <source>the file {file} is not a valid CSV file ({reason}); open it in Excel and save it again as .xlsx</source>
        <translation>文件 {file} 不是有效的 CSV 文件（{reason}）；请在 Excel 中打开并重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="98"/>
        <source>the file {file} is password-protected; open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>文件 {file} 受密码保护；请在 Excel 中打开，删除密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="99"/>
        <source>the file {file} is too large to import ({size_mb} MB); split it into smaller files</source>
        <translation>文件 {file} 过大，无法导入（{size_mb} MB）；请拆分为多个较小的文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="100"/>
        <source>the file {file} would expand to {size_mb} MB when unpacked, which is refused for safety; save it again from Excel with only the data</source>
        <translation>文件 {file} 解压后将达到 {size_mb} MB，出于安全考虑已拒绝；请在 Excel 中只保留数据后重新保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="101"/>
        <source>the folder {folder} does not exist; choose another place</source>
        <translation>文件夹 {folder} 不存在；请选择其他位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="102"/>
        <source>the sheet claims {columns} columns; save it again from Excel with only the data</source>
        <translation>该工作表声称有 {columns} 列；请在 Excel 中只保留数据后重新保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="103"/>
        <source>the sheet claims {rows} rows and {columns} columns; save it again from Excel with only the data</source>
        <translation>该工作表声称有 {rows} 行、{columns} 列；请在 Excel 中只保留数据后重新保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="104"/>
        <source>the sheet {sheet} has a header but no data rows</source>
        <translation>工作表 {sheet} 只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="105"/>
        <source>the sheet {sheet} is empty; choose another sheet</source>
        <translation>工作表 {sheet} 是空的；请选择其他工作表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="106"/>
        <source>the workbook has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>工作簿中没有工作表 {sheet}；现有工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="107"/>
        <source>the workbook {file} has no data in any sheet; export it again from the CRM</source>
        <translation>工作簿 {file} 的所有工作表中都没有数据；请从 CRM 重新导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="108"/>
        <source>there is no report called {name}; choose one of {names}</source>
        <translation>没有名为 {name} 的报表；请从以下选择：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="109"/>
        <source>unknown data kind {kind}; use one of {kinds}</source>
        <translation>未知的数据类型 {kind}；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="110"/>
        <source>unknown kind {kind}; use one of {kinds}</source>
        <translation>未知的数据类型 {kind}；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="111"/>
        <source>{id} is not a salesmgr id; an ID from salesmgr is a whole number</source>
        <translation>{id} 不是 salesmgr 编号；salesmgr 的编号是整数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="112"/>
        <source>{name} is a built-in mapping preset and cannot be deleted</source>
        <translation>{name} 是内置映射方案，无法删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="113"/>
        <source>{name} is the name of a built-in mapping preset; choose another name</source>
        <translation>{name} 是内置映射方案的名称；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="114"/>
        <source>{period} is not a period; write 2026Q3, 2026-09 or 2026</source>
        <translation>{period} 不是有效的周期；请填写 2026Q3、2026-09 或 2026 这样的格式</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="115"/>
        <source>SALESMGR_TODAY={value} is not a date; write it as 2026-11-30 or unset it</source>
        <translation>SALESMGR_TODAY={value} 不是有效的日期；请写成 2026-11-30 这样的格式，或删除这个环境变量</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="116"/>
        <source>{value} could be day/month or month/day: write dates as YYYY-MM-DD</source>
        <translation>{value} 无法区分是“日/月”还是“月/日”：请按 YYYY-MM-DD 格式填写日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="117"/>
        <source>{value} is not a date</source>
        <translation>{value} 不是有效的日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="118"/>
        <source>{value} is not a percentage between 0 and 100</source>
        <translation>{value} 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="119"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="120"/>
        <source>{value} is not an amount of money</source>
        <translation>{value} 不是有效的金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="121"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是以下值之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="122"/>
        <source>{value} is not yes or no</source>
        <translation>{value} 不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="123"/>
        <source>{value} is neither yes/no nor a date</source>
        <translation>{value} 既不是“是/否”，也不是日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="124"/>
        <source>{value} is not a lead status salesmgr knows; use one of {choices}</source>
        <translation>{value} 不是 salesmgr 认识的线索状态；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="125"/>
        <source>{value} is not a number of employees; write a number such as 250, a range such as 1001-5000 or an open range such as 5000+</source>
        <translation>{value} 不是员工人数；请填写数字（如 250）、范围（如 1001-5000）或开放范围（如 5000+）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="127"/>
        <source>{value} names two different currencies</source>
        <translation>{value} 包含两种不同的币种</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="128"/>
        <source>a forecast is grouped by month or quarter, not {by}</source>
        <translation>预测只能按月或按季度汇总，不能按 {by}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="129"/>
        <source>an opportunity name can be at most {limit} characters</source>
        <translation>商机名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="130"/>
        <source>an opportunity needs a name</source>
        <translation>商机需要填写名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="131"/>
        <source>more than one rep is called {name}; give the e-mail instead</source>
        <translation>有多名销售代表名为 {name}；请改用邮箱指定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="132"/>
        <source>more than one team is called {name}</source>
        <translation>有多个团队名为 {name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="133"/>
        <source>more than one rep&apos;s name contains {name}: {matches}; give more of the name or the e-mail</source>
        <translation>有多个销售代表的名称包含 {name}：{matches}；请输入更完整的名称或电子邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="134"/>
        <source>more than one team&apos;s name contains {name}: {matches}; give more of the name</source>
        <translation>有多个团队的名称包含 {name}：{matches}；请输入更完整的名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="135"/>
        <source>no opportunity with id {id}</source>
        <translation>没有 ID 为 {id} 的商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="136"/>
        <source>no pipeline stage with id {id}</source>
        <translation>没有 ID 为 {id} 的漏斗阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="137"/>
        <source>no rep called {name}; close matches: {matches}</source>
        <translation>没有名为 {name} 的销售代表；相近的名称：{matches}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="138"/>
        <source>no team called {name}; close matches: {matches}</source>
        <translation>没有名为 {name} 的团队；相近的名称：{matches}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="139"/>
        <source>the number of quarters must be zero or more, not {n}</source>
        <translation>季度数必须大于或等于零，不能是 {n}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="140"/>
        <source>{period} is not a quarter; write it like 2026Q3</source>
        <translation>{period} 不是有效的季度；请按 2026Q3 这样的格式填写</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="141"/>
        <source>a stage name can be at most {limit} characters</source>
        <translation>阶段名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="142"/>
        <source>every stage needs a name</source>
        <translation>每个阶段都需要名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="143"/>
        <source>open stages come before won and lost stages</source>
        <translation>进行中的阶段必须排在赢单和输单阶段之前</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="144"/>
        <source>the pipeline needs at least one open, one won and one lost stage</source>
        <translation>销售漏斗至少需要一个进行中、一个赢单和一个输单阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="145"/>
        <source>the stage {name} still has {count} deals; move them first</source>
        <translation>阶段 {name} 仍有 {count} 个商机；请先将它们移走</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="146"/>
        <source>there are two stages called {name}; give each stage its own name</source>
        <translation>有两个阶段都叫 {name}；请为每个阶段取不同的名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="147"/>
        <source>{name} is the name of the stage {stage} in another language; give the stage another name</source>
        <translation>{name} 是阶段“{stage}”在另一种语言中的名称；请为该阶段另取一个名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="148"/>
        <source>a CSAT response needs an account or a rep</source>
        <translation>满意度回复需要关联客户或销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="149"/>
        <source>a CSAT score must be a number from 0 to 10, not {score}</source>
        <translation>满意度分数必须是 0 到 10 之间的数字，而不是 {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="150"/>
        <source>an NPS response needs an account or a rep</source>
        <translation>NPS 回复需要关联客户或销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="151"/>
        <source>an NPS score must be a whole number from 0 to 10, not {score}</source>
        <translation>NPS 评分必须是 0 到 10 的整数，而不是 {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="152"/>
        <source>a reason is required</source>
        <translation>必须填写原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="153"/>
        <source>a target bonus cannot be negative</source>
        <translation>目标奖金不能为负数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="154"/>
        <source>no bonus line for rep {id} in {period}</source>
        <translation>{period} 没有编号为 {id} 的销售代表的奖金行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="169"/>
        <source>{currency} is the base currency; its rate is always 1</source>
        <translation>{currency} 是本位币，其汇率恒为 1</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="170"/>
        <source>there is no exchange rate for {currency}</source>
        <translation>没有 {currency} 的汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="171"/>
        <source>the fiscal year&apos;s first month must be 1 to 12, not {month}</source>
        <translation>财年起始月份必须是 1 到 12，而不是 {month}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="172"/>
        <source>cannot make {new} the base currency: it has no exchange rate to {old}, so the other rates cannot be re-expressed; add the rate of {new} first</source>
        <translation>无法将 {new} 设为本位币：它没有对 {old} 的汇率，其他汇率无法换算；请先添加 {new} 的汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="173"/>
        <source>{currency} has more than one exchange rate; keep one</source>
        <translation>{currency} 有多个汇率；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="174"/>
        <source>a distribution weight cannot be negative</source>
        <translation>分配权重不能为负数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="175"/>
        <source>a quota cannot be negative ({amount})</source>
        <translation>指标不能为负数（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="176"/>
        <source>no rep called {name}; add the rep first or correct the name</source>
        <translation>没有名为 {name} 的销售代表；请先添加该代表或更正名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="177"/>
        <source>the file changes quotas of locked quarters, so nothing was written; undo these changes or unlock the quarters (with a reason) first: {cells}</source>
        <translation>该文件更改了已锁定季度的配额，因此未写入任何内容；请撤销这些更改，或先解锁这些季度（需填写原因）：{cells}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="178"/>
        <source>a quota is an amount, not {value}</source>
        <translation>配额应为金额，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="179"/>
        <source>sheet {sheet}: the quarter columns must be Q1 to Q4 of one fiscal year, in order; export the plan again</source>
        <translation>工作表 {sheet}：季度列必须按顺序为同一财年的第1至第4季度；请重新导出计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="180"/>
        <source>several reps are called {name}; rename one of them</source>
        <translation>有多名销售代表名为 {name}；请将其中一人改名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="181"/>
        <source>{rep} has a second {period} quota in the file (sheet {sheet}); keep one</source>
        <translation>{rep} 在文件中有第二个 {period} 配额（工作表 {sheet}）；请只保留一个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="182"/>
        <source>a quota is planned per quarter or month, not for the year {period}</source>
        <translation>指标按季度或月份规划，不能按整年 {period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="183"/>
        <source>a ramp schedule lists shares between 0 and 1 for months 1, 2, ... (e.g. 0.25 0.5 0.75 1)</source>
        <translation>爬坡计划按第 1、2……个月列出 0 到 1 之间的比例（例如 0.25 0.5 0.75 1）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="184"/>
        <source>a target cannot be negative ({amount})</source>
        <translation>目标不能为负数（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="185"/>
        <source>growth must be more than -100 %, not {growth}</source>
        <translation>增长率必须大于 -100%，而不是 {growth}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="186"/>
        <source>there is nobody to split {amount} to; add reps (or quotas to copy) first</source>
        <translation>没有可分配 {amount} 的对象；请先添加销售代表（或可复制的指标）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="187"/>
        <source>unknown distribution method {method}; use equal, share, seasonal or ramp</source>
        <translation>未知的分配方法 {method}；请使用 equal、share、seasonal 或 ramp</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="188"/>
        <source>unlocking {period} needs a reason</source>
        <translation>解锁 {period} 需要说明原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="189"/>
        <source>{period} is locked already</source>
        <translation>{period} 已经锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="190"/>
        <source>{period} is locked; unlock it (with a reason) to change its quotas</source>
        <translation>{period} 已锁定；请先（说明原因）解锁再修改其指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="191"/>
        <source>{period} is not locked</source>
        <translation>{period} 未锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="192"/>
        <source>cannot change the fiscal year&apos;s first month: the bonuses of {periods} are approved for the months of the current fiscal quarters; unapprove them first</source>
        <translation>无法更改财年起始月份：{periods} 的奖金已按当前财季的月份审批；请先取消审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="193"/>
        <source>{period} was chosen with the fiscal year starting in month {used}, but this database&apos;s fiscal year starts in month {month}; choose the period again</source>
        <translation>{period} 是按财年从 {used} 月开始选择的，但本数据库的财年从 {month} 月开始；请重新选择期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="194"/>
        <source>a conversion goes from an open stage to a later open or won stage, not from {first} to {second}</source>
        <translation>转化率须从一个进行中阶段到其后的进行中或赢单阶段，不能从 {first} 到 {second}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="195"/>
        <source>a goal belongs to the company, a team or a rep, not to a team and a rep</source>
        <translation>目标属于公司、一个团队或一名销售代表，不能同时属于团队和代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="196"/>
        <source>an NPS is from -100 to 100 points, not {value}</source>
        <translation>NPS 的范围是 -100 到 100 分，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="197"/>
        <source>no data for the baseline in {period} ({reason}); give the baseline</source>
        <translation>{period} 没有可作基线的数据（{reason}）；请给出基线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="198"/>
        <source>no goal {id}</source>
        <translation>没有目标 {id}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="199"/>
        <source>no pipeline stage called {stage}</source>
        <translation>没有名为 {stage} 的销售阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="200"/>
        <source>the metric {metric} needs the parameter {parameter}</source>
        <translation>指标项 {metric} 需要参数 {parameter}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="201"/>
        <source>the metric {metric} takes no parameter {parameter}</source>
        <translation>指标项 {metric} 没有参数 {parameter}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="202"/>
        <source>the number of top accounts must be a whole number of at least 1, not {value}</source>
        <translation>重点客户数必须是不小于 1 的整数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="203"/>
        <source>unknown direction {direction}; use higher or lower</source>
        <translation>未知方向 {direction}；请使用 higher 或 lower</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="204"/>
        <source>unknown goal dimension {dimension}; use financial, customer, operations or team</source>
        <translation>未知目标维度 {dimension}；请使用 financial、customer、operations 或 team</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="205"/>
        <source>unknown goal template {key}; use one of {templates}</source>
        <translation>未知目标模板 {key}；请使用以下之一：{templates}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="206"/>
        <source>unknown metric {metric}; use one of {metrics}</source>
        <translation>未知指标项 {metric}；请使用以下之一：{metrics}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="207"/>
        <source>when higher is better the target ({target}) must be above the baseline ({baseline})</source>
        <translation>越高越好时，目标值（{target}）必须高于基线（{baseline}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="208"/>
        <source>when lower is better the target ({target}) must be below the baseline ({baseline})</source>
        <translation>越低越好时，目标值（{target}）必须低于基线（{baseline}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="209"/>
        <source>{metric} cannot be negative, not {value}</source>
        <translation>{metric} 不能为负数，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="210"/>
        <source>{metric} is a share from 0 to 1 (0.95 = 95 %), not {value}</source>
        <translation>{metric} 是 0 到 1 之间的比例（0.95 = 95%），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="211"/>
        <source>{metric} is computed from the data; actuals are entered only for manual metrics</source>
        <translation>{metric} 由数据计算得出；只有手工指标项才需录入实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="212"/>
        <source>a roadmap phase needs a name</source>
        <translation>路线图阶段需要名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="213"/>
        <source>a phase cannot end ({end}) before it starts ({start})</source>
        <translation>阶段的结束日期（{end}）不能早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="214"/>
        <source>a milestone needs a title</source>
        <translation>里程碑需要标题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="215"/>
        <source>a milestone&apos;s title is at most {limit} characters</source>
        <translation>里程碑标题最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="216"/>
        <source>no milestone {id}</source>
        <translation>没有编号为 {id} 的里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="217"/>
        <source>no roadmap phase {id}</source>
        <translation>没有编号为 {id} 的路线图阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="218"/>
        <source>no roadmap phase called {name}; use one of {names}</source>
        <translation>没有名为 {name} 的路线图阶段；请使用以下之一：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="219"/>
        <source>no rep {id}</source>
        <translation>没有编号为 {id} 的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="220"/>
        <source>no team {id}</source>
        <translation>没有编号为 {id} 的团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="221"/>
        <source>no pilot {id}</source>
        <translation>没有编号为 {id} 的试点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="222"/>
        <source>no pilot team; set one with &apos;salesmgr roadmap set-pilot&apos;</source>
        <translation>没有试点团队；请用 &apos;salesmgr roadmap set-pilot&apos; 设置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="223"/>
        <source>{metric} is entered by hand for a goal; a pilot compares metrics computed from the data</source>
        <translation>{metric} 是为目标手工录入的；试点只比较由数据计算的指标项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="224"/>
        <source>a certification score is between 0 and 100, not {score}</source>
        <translation>认证成绩应在 0 到 100 之间，而不是 {score}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="225"/>
        <source>a plan is closed as finished or cancelled, not {status}</source>
        <translation>计划只能以“已完成”或“已取消”结束，而不是 {status}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="226"/>
        <source>a review cannot be held before its plan starts ({start})</source>
        <translation>复盘不能早于计划开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="227"/>
        <source>a review is written by the manager or the mentor, not {role}</source>
        <translation>复盘由经理或导师填写，而不是 {role}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="228"/>
        <source>a task cannot be done before its plan starts ({start})</source>
        <translation>任务不能早于计划开始日期（{start}）完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="229"/>
        <source>a task is due on a day from 1 to 90 of the plan, not {day}</source>
        <translation>任务的截止日应为计划的第 1 到 90 天，而不是 {day}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="230"/>
        <source>a task is owned by the new hire, the mentor or the manager, not {role}</source>
        <translation>任务的负责人应为新员工、导师或经理，而不是 {role}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="231"/>
        <source>a task is practice, feedback or formal training, not {category}</source>
        <translation>任务类别应为实践、反馈或正式培训，而不是 {category}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="232"/>
        <source>a task takes some hours: more than 0, not {hours}</source>
        <translation>任务所需小时数应大于 0，而不是 {hours}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="233"/>
        <source>a task title has at most {limit} characters</source>
        <translation>任务标题最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="234"/>
        <source>a template called {name} exists already; choose another name</source>
        <translation>已有名为 {name} 的模板；请换一个名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="235"/>
        <source>a template name has at most {limit} characters</source>
        <translation>模板名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="236"/>
        <source>give the task a title</source>
        <translation>请填写任务标题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="237"/>
        <source>give the template a name</source>
        <translation>请填写模板名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="238"/>
        <source>name the certification</source>
        <translation>请填写认证名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="239"/>
        <source>no onboarding plan with id {id}</source>
        <translation>没有编号为 {id} 的入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="240"/>
        <source>no onboarding task with id {id}</source>
        <translation>没有编号为 {id} 的入职任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="241"/>
        <source>no onboarding template called {name}; the templates are {names}</source>
        <translation>没有名为 {name} 的入职模板；现有模板：{names}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="242"/>
        <source>no onboarding template with id {id}</source>
        <translation>没有编号为 {id} 的入职模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="243"/>
        <source>no template task with id {id}</source>
        <translation>没有编号为 {id} 的模板任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="244"/>
        <source>the template {name} has no tasks; add some first</source>
        <translation>模板 {name} 中没有任务；请先添加任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="245"/>
        <source>this task completed itself from the data; it stays done while the data shows it</source>
        <translation>此任务已根据数据自动完成；只要数据仍显示如此，它就保持完成状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="246"/>
        <source>unknown criterion {criterion}; use one of {known}</source>
        <translation>未知的完成条件 {criterion}；请使用以下之一：{known}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="247"/>
        <source>write at least one of what went well, what to improve and the next steps</source>
        <translation>请至少填写“做得好的地方”“需要改进的地方”“下一步”中的一项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="248"/>
        <source>write the hours as a number, like 2 or 1.5, not {text}</source>
        <translation>请用数字填写小时数，如 2 或 1.5，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="249"/>
        <source>{rep} already has an onboarding plan that started on {start}; finish or cancel it first</source>
        <translation>{rep} 已有一个从 {start} 开始的入职计划；请先结束或取消它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="250"/>
        <source>{rep} cannot be their own mentor; choose another rep</source>
        <translation>{rep} 不能做自己的导师；请选择其他销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="251"/>
        <source>{rep} has no onboarding plan; assign one first</source>
        <translation>{rep} 还没有入职计划；请先分配一个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="252"/>
        <source>unknown routing method {method}; use one of {methods}</source>
        <translation>未知的分配方式 {method}；请使用以下之一：{methods}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="253"/>
        <source>a capacity must be a whole number from 1 to 1000, not {capacity}; to stop a rep taking leads, turn off takes leads</source>
        <translation>容量必须是 1 到 1000 之间的整数，而不是 {capacity}；如要让某位销售不再接收线索，请关闭“接收线索”</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="254"/>
        <source>{rep} is a manager; managers do not take routed leads</source>
        <translation>{rep} 是经理；经理不接收分配的线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="255"/>
        <source>the export {file} would expand to {size_mb} MB when unpacked, which is refused for safety; unpack it yourself and import the folder, or export fewer objects</source>
        <translation>导出文件 {file} 解压后将达到 {size_mb} MB，出于安全考虑已拒绝；请自行解压后导入文件夹，或减少导出的对象</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="256"/>
        <source>the file {file} is a damaged ZIP archive; download the export again</source>
        <translation>文件 {file} 是损坏的 ZIP 压缩包；请重新下载导出文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="257"/>
        <source>no known kind of record; choose its kind to import it</source>
        <translation>无法识别记录类型；请选择类型后再导入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="258"/>
        <source>the file could hold either of two kinds of record; choose its kind</source>
        <translation>该文件可能属于两种记录类型中的任一种；请选择其类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="259"/>
        <source>salesmgr does not import this kind of record</source>
        <translation>salesmgr 不导入这类记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="260"/>
        <source>its name says what it holds, but it has no column for the required field {field}; choose its kind, or import it alone and map the column</source>
        <translation>文件名表明了记录类型，但缺少必填字段 {field} 对应的列；请选择其类型，或单独导入该文件并映射该列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="261"/>
        <source>the export has no files; choose the ZIP or folder the CRM exported</source>
        <translation>导出中没有文件；请选择 CRM 导出的 ZIP 或文件夹</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="262"/>
        <source>the export has no file {file}; its files are: {files}</source>
        <translation>导出中没有文件 {file}；其中的文件有：{files}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="263"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="264"/>
        <source>not a spreadsheet or CSV file</source>
        <translation>不是电子表格或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="265"/>
        <source>skipped as you chose</source>
        <translation>已按您的选择跳过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="266"/>
        <source>no known kind of record</source>
        <translation>无法识别记录类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="267"/>
        <source>inactive in the CRM</source>
        <translation>在 CRM 中已停用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="268"/>
        <source>{rows} rows name a CRM system user (not a salesperson) as their owner; they are imported without an owner</source>
        <translation>有 {rows} 行的负责人是 CRM 系统用户（不是销售人员）；这些行导入时不设负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="269"/>
        <source>no opportunity has the id {id} in {source}; import the opportunities first</source>
        <translation>{source} 中没有 ID 为 {id} 的商机；请先导入商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="270"/>
        <source>the corporate currency {corporate} has no rate to {base}, so no rate was set for {currencies}; set it with &apos;salesmgr rate set {corporate} RATE&apos; (what 1 {corporate} is worth in {base}) and import the file again</source>
        <translation>公司币种 {corporate} 没有到 {base} 的汇率，因此未给 {currencies} 设置汇率；请用 &apos;salesmgr rate set {corporate} RATE&apos; 设置（RATE 为 1 {corporate} 折合多少 {base}），然后重新导入该文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="271"/>
        <source>cannot tell the corporate currency: no row is marked IsCorporate and no currency has a conversion rate of exactly 1; include CurrencyType.csv, which marks it, in the import</source>
        <translation>无法确定公司币种：没有任何行标记 IsCorporate，也没有换算汇率恰好为 1 的币种；请在导入中包含标明公司币种的 CurrencyType.csv</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="272"/>
        <source>cannot tell the corporate currency: no row is marked IsCorporate and {currencies} all have a conversion rate of exactly 1; include CurrencyType.csv, which marks it, in the import</source>
        <translation>无法确定公司币种：没有任何行标记 IsCorporate，而 {currencies} 的换算汇率都恰好为 1；请在导入中包含标明公司币种的 CurrencyType.csv</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="273"/>
        <source>A converted lead has become an opportunity and keeps its status.</source>
        <translation>已转化的线索已成为商机，保留其状态。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="274"/>
        <source>A grade&apos;s action must be route or nurture.</source>
        <translation>等级的处理方式必须是分配或培育。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="275"/>
        <source>A lead can only be disqualified or put back to nurturing here.</source>
        <translation>这里只能将线索判为不合格或放回培育。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="276"/>
        <source>A lead has no field {field} that can be edited.</source>
        <translation>线索没有可编辑的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="277"/>
        <source>A lead needs a name.</source>
        <translation>线索需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="278"/>
        <source>A scoring model needs at least one grade.</source>
        <translation>评分模型至少需要一个等级。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="279"/>
        <source>Every grade but the last needs a minimum score; the last takes the rest.</source>
        <translation>除最后一个等级外，每个等级都需要最低分；最后一个等级包含其余线索。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="280"/>
        <source>Every grade needs a name of at most 40 characters.</source>
        <translation>每个等级都需要一个不超过 40 个字符的名称。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="281"/>
        <source>Grade minimums must go down from the top grade.</source>
        <translation>等级最低分必须从最高等级起依次递减。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="282"/>
        <source>Rule {number}: choose the behaviour it scores.</source>
        <translation>规则 {number}：请选择它计分的行为。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="283"/>
        <source>Rule {number}: decay cannot be negative.</source>
        <translation>规则 {number}：衰减不能为负数。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="284"/>
        <source>Rule {number}: give the list of values, one or more.</source>
        <translation>规则 {number}：请给出取值列表（一个或多个）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="285"/>
        <source>Rule {number}: points must be between -1000 and 1000.</source>
        <translation>规则 {number}：分数必须在 -1000 到 1000 之间。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="286"/>
        <source>Rule {number}: the value cannot be empty.</source>
        <translation>规则 {number}：取值不能为空。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="287"/>
        <source>Rule {number}: the value must be a whole number.</source>
        <translation>规则 {number}：取值必须是整数。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="288"/>
        <source>Rule {number}: this operator does not apply to that field.</source>
        <translation>规则 {number}：该运算符不适用于此字段。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="289"/>
        <source>Rule {number}: unknown kind {kind}.</source>
        <translation>规则 {number}：未知类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="290"/>
        <source>Rule {number}: unknown lead field {field}.</source>
        <translation>规则 {number}：未知的线索字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="291"/>
        <source>Some of these leads no longer exist; reload the list.</source>
        <translation>其中一些线索已不存在；请重新加载列表。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="292"/>
        <source>The company size must be a whole number of employees.</source>
        <translation>公司规模必须是整数员工人数。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="293"/>
        <source>The company size must be between 0 and 10,000,000 employees.</source>
        <translation>公司规模必须在 0 到 10,000,000 名员工之间。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="294"/>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>{field} 太长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="295"/>
        <source>There is no lead {id}.</source>
        <translation>不存在线索 {id}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="296"/>
        <source>There is no scoring model version {version}.</source>
        <translation>不存在评分模型版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="297"/>
        <source>Two grades have the same name; give each grade its own.</source>
        <translation>有两个等级同名；请为每个等级取不同的名称。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="298"/>
        <source>Unknown behaviour {key}.</source>
        <translation>未知行为 {key}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="299"/>
        <source>The scoring model changed since this proposal was made; make the proposal again.</source>
        <translation>提出此建议后评分模型已更改；请重新生成建议。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="300"/>
        <source>a cost cannot be negative, not {amount}</source>
        <translation>成本不能为负数，不能是 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="301"/>
        <source>no cost entry with id {id}</source>
        <translation>没有 id 为 {id} 的成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="302"/>
        <source>a touchpoint needs a name</source>
        <translation>触点需要名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="303"/>
        <source>no journey stage {key}</source>
        <translation>没有旅程阶段 {key}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="304"/>
        <source>no journey touchpoint with id {id}</source>
        <translation>没有 id 为 {id} 的旅程触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="305"/>
        <source>the department must be one of {departments}, not {department}</source>
        <translation>部门必须是 {departments} 之一，不能是 {department}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="306"/>
        <source>The health model must give weights, healthy_min and watch_min.</source>
        <translation>健康模型必须给出 weights、healthy_min 和 watch_min。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="307"/>
        <source>Unknown health input {name}; use one of {choices}.</source>
        <translation>未知的健康指标 {name}；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="308"/>
        <source>The weight of {name} must be between 0 and 100.</source>
        <translation>{name} 的权重必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="309"/>
        <source>Give at least one health input a weight above 0.</source>
        <translation>请至少给一项健康指标设置大于 0 的权重。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="310"/>
        <source>The band limits must satisfy 0 &lt; watch &lt; healthy &lt;= 100.</source>
        <translation>等级分界必须满足 0 &lt; 关注 &lt; 健康 &lt;= 100。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="311"/>
        <source>The inputs needed for a score must be between 1 and {count}, the inputs in use.</source>
        <translation>计算得分所需的指标数必须在 1 到 {count}（正在使用的指标数）之间。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="312"/>
        <source>{name} must be a whole number.</source>
        <translation>{name} 必须是整数。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="313"/>
        <source>The period kind must be one of {choices}, not {kind}.</source>
        <translation>期间类型必须是 {choices} 之一，而不是 {kind}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="314"/>
        <source>Give between 1 and {limit} periods, not {count}.</source>
        <translation>请给出 1 到 {limit} 个期间，而不是 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="315"/>
        <source>There is no knowledge-base article {id}.</source>
        <translation>没有编号为 {id} 的知识库文章。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="316"/>
        <source>Unknown article type {kind}.</source>
        <translation>未知的文章类型 {kind}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="317"/>
        <source>Give the article a title.</source>
        <translation>请为文章填写标题。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="318"/>
        <source>A tag is too long: at most {limit} characters.</source>
        <translation>标签过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="319"/>
        <source>The linked {target} {id} does not exist.</source>
        <translation>关联的 {target} {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="320"/>
        <source>There is no pipeline stage {id}.</source>
        <translation>没有编号为 {id} 的销售阶段。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="321"/>
        <source>There is no competitor {id}.</source>
        <translation>没有编号为 {id} 的竞争对手。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="322"/>
        <source>Give the competitor a name.</source>
        <translation>请为竞争对手填写名称。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="323"/>
        <source>There is already a competitor called {name}.</source>
        <translation>已有名为 {name} 的竞争对手。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="324"/>
        <source>There is no opportunity {id}.</source>
        <translation>没有编号为 {id} 的商机。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="325"/>
        <source>more than one competitor&apos;s name contains {name}: {matches}; give more of the name</source>
        <translation>有多个竞争对手的名称包含 {name}：{matches}；请给出更完整的名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="326"/>
        <source>no competitor called {name}; close matches: {matches}</source>
        <translation>没有名为 {name} 的竞争对手；相近的名称：{matches}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="328"/>
        <source>a checklist item can be at most {limit} characters</source>
        <translation>清单项最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="329"/>
        <source>a checklist item needs a text</source>
        <translation>清单项需要填写内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="330"/>
        <source>a name can be at most {limit} characters</source>
        <translation>名字最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="331"/>
        <source>a note can be at most {limit} characters</source>
        <translation>备注最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="332"/>
        <source>a promise can be at most {limit} characters</source>
        <translation>承诺最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="333"/>
        <source>a promise needs a text</source>
        <translation>承诺需要填写内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="334"/>
        <source>a ticket cannot be closed ({closed}) before it was opened ({opened})</source>
        <translation>工单的关闭日期({closed})不能早于创建日期({opened})</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="335"/>
        <source>a ticket needs an account; add a column with the account&apos;s name or ID</source>
        <translation>工单需要对应客户;请添加一列客户名称或客户ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="336"/>
        <source>a usage figure needs an account; add a column with the account&apos;s name or ID</source>
        <translation>使用数据需要对应客户;请添加一列客户名称或客户ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="337"/>
        <source>an item cannot be done on a day still to come ({day})</source>
        <translation>清单项的完成日期不能是未来的日期({day})</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="338"/>
        <source>no checklist item with id {id}</source>
        <translation>没有 ID 为 {id} 的清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="339"/>
        <source>no hand-off for {name}</source>
        <translation>没有 {name} 的交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="340"/>
        <source>no hand-off item with id {id}</source>
        <translation>没有 ID 为 {id} 的交接清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="341"/>
        <source>no hand-off with id {id}</source>
        <translation>没有 ID 为 {id} 的交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="342"/>
        <source>no promise with id {id}</source>
        <translation>没有 ID 为 {id} 的承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="343"/>
        <source>the days until an item is due must be a whole number from 0 to {most}</source>
        <translation>清单项的到期天数必须是 0 到 {most} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="344"/>
        <source>{field} cannot be negative ({value})</source>
        <translation>{field} 不能为负数({value})</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="345"/>
        <source>{name} fits several hand-offs: {matches}; give the hand-off&apos;s id</source>
        <translation>{name} 与多个交接相符:{matches};请给出交接的 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="346"/>
        <source>{name} names several hand-offs: {matches}; give the hand-off&apos;s id</source>
        <translation>{name} 对应多个交接:{matches};请给出交接的 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="347"/>
        <source>{period} has not started yet; choose a quarter up to the current one</source>
        <translation>{period} 尚未开始;请选择当前季度或之前的季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="348"/>
        <source>{period} is not a quarter; write it as 2026Q3</source>
        <translation>{period} 不是季度;请写成 2026Q3</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="349"/>
        <source>{value} is not a department; use one of {choices}</source>
        <translation>{value} 不是部门;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="350"/>
        <source>{value} is not a hand-off state; use one of {choices}</source>
        <translation>{value} 不是交接状态;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="351"/>
        <source>{value} is not a month; write it as 2026-09 or a date in that month</source>
        <translation>{value} 不是月份;请写成 2026-09 或该月中的某个日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="352"/>
        <source>{value} is not a payment status; use one of {choices}</source>
        <translation>{value} 不是付款状态;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="353"/>
        <source>{value} is not a promise status; use one of {choices}</source>
        <translation>{value} 不是承诺状态;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="354"/>
        <source>{value} is not a renewal intent; use one of {choices}</source>
        <translation>{value} 不是续约意向;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="355"/>
        <source>{value} is not a ticket severity; use one of {choices}</source>
        <translation>{value} 不是工单优先级;请使用以下之一:{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="356"/>
        <source>more than one account is called {name}: {matches}; give the id instead</source>
        <translation>有多个客户名为 {name}：{matches}；请改用编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="357"/>
        <source>more than one account&apos;s name contains {name}: {matches}; give more of the name or the id</source>
        <translation>有多个客户名称包含 {name}：{matches}；请输入更完整的名称或编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="358"/>
        <source>no account called {name}; close matches: {matches}</source>
        <translation>没有名为 {name} 的客户；相近的有：{matches}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="359"/>
        <source>no account with id {id}</source>
        <translation>没有编号为 {id} 的客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="360"/>
        <source>unknown renewal intent {value}; use one of {choices}</source>
        <translation>未知的续约意向 {value}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="361"/>
        <source>unknown payment status {value}; use one of {choices}</source>
        <translation>未知的付款状态 {value}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="362"/>
        <source>the renewal day {renewal} is before the contract start {start}; correct one of them</source>
        <translation>续约日 {renewal} 早于合同开始日 {start}；请更正其中之一</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/bonus.py" line="107"/>
        <location filename="../../salesmgr/views/messages.py" line="155"/>
        <source>no quota for {period} for {reps}; import their quotas first</source>
        <translation>{reps} 在 {period} 没有指标；请先导入他们的指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="156"/>
        <source>process targets must be more than 0% and at most 100%</source>
        <translation>过程目标必须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="157"/>
        <source>re-weighting needs a sales or process weight above 0%</source>
        <translation>重新分配权重需要销售或过程权重大于 0%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="158"/>
        <source>the CSAT target must be more than 0 and at most the scale ({scale})</source>
        <translation>满意度目标必须大于 0 且不超过量表上限（{scale}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="159"/>
        <source>the accelerator must be more than 0</source>
        <translation>加速系数必须大于 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="160"/>
        <source>the bonus weights must be 0% or more and add up to 100%, not {total}</source>
        <translation>奖金权重必须不小于 0% 且合计为 100%，而不是 {total}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="161"/>
        <source>the bonuses of {period} are approved; unapprove them first to change them</source>
        <translation>{period} 的奖金已审批；请先撤销审批再修改</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="162"/>
        <source>the bonuses of {period} are not approved</source>
        <translation>{period} 的奖金尚未审批</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="163"/>
        <source>the sales cap must be at least 100%, not {cap}</source>
        <translation>销售封顶必须至少为 100%，而不是 {cap}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="164"/>
        <source>the sales threshold must be between 0% and the cap</source>
        <translation>销售门槛必须在 0% 与封顶之间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="165"/>
        <source>the target of {kpi} must be at most 100%</source>
        <translation>{kpi} 的目标不能超过 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="166"/>
        <source>the target of {kpi} must be more than 0</source>
        <translation>{kpi} 的目标必须大于 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="167"/>
        <source>unknown policy {policy} for reps without CSAT responses; use zero, full or reweight</source>
        <translation>无满意度回复的未知处理方式 {policy}；请使用 zero、full 或 reweight</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="168"/>
        <source>unknown process KPI {key}; use one of {keys}</source>
        <translation>未知的过程指标 {key}；请使用以下之一：{keys}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="36"/>
        <source>Funnel report</source>
        <translation>销售漏斗报表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="37"/>
        <source>Quota attainment</source>
        <translation>指标达成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="38"/>
        <source>Dashboard summary</source>
        <translation>仪表盘摘要</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="39"/>
        <source>Bonus statement</source>
        <translation>奖金明细表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="40"/>
        <source>Quota plan</source>
        <translation>配额计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="41"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="44"/>
        <source>Deals per stage with reached and conversion (live formulas), a chart and the pipeline KPIs, for leadership.</source>
        <translation>各阶段商机数、到达数与转化率（实时公式），附图表与漏斗关键指标，供管理层查看。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="46"/>
        <source>Quota, won and attainment per rep with team subtotals as SUM formulas and red/amber/green attainment.</source>
        <translation>每位销售代表的指标、赢单额与达成率，团队小计为 SUM 公式，达成率以红/黄/绿标示。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="48"/>
        <source>The dashboard&apos;s KPI tiles and the rep ranking.</source>
        <translation>仪表盘的关键指标与销售代表排名。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="49"/>
        <source>The quarter&apos;s bonuses for finance: the inputs, scores and payouts as live formulas, the plan, and one sheet per rep.</source>
        <translation>本季度奖金（供财务）：输入、得分和发放金额为实时公式，附方案和每位代表一张工作表。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="51"/>
        <source>The fiscal year&apos;s quota plan of the chosen quarter like the planning grid: team subtotals, company total and gap as formulas, locked quarters grey. Edit it in Excel and import it back as quotas.</source>
        <translation>所选季度所在财年的配额计划，与计划表格一致：团队小计、公司合计和差额均为公式，已锁定季度显示为灰色。可在 Excel 中编辑后作为配额导入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="54"/>
        <source>The period&apos;s goals by dimension with baseline, target, actual, progress and coloured status.</source>
        <translation>本期按维度分组的目标，含基线、目标值、实际值、进度及彩色状态。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="79"/>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="182"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="92"/>
        <source>{kind} (data to edit and import again)</source>
        <translation>{kind}（可编辑后重新导入的数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="95"/>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="163"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="96"/>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="164"/>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="167"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="101"/>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="102"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="103"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="104"/>
        <source>Rep:</source>
        <translation>销售代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="106"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="140"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="144"/>
        <source>The same columns an import reads, with ids kept: edit the file in Excel and import it again. Save as .csv for a UTF-8 file that Excel opens with Chinese intact.</source>
        <translation>列与导入时读取的列相同，并保留编号：可在 Excel 中编辑后再次导入。另存为 .csv 可得到 UTF-8 文件，Excel 打开时中文不会乱码。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_dialog.py" line="206"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExportFilesModel</name>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="52"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="86"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="86"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="86"/>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="86"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="102"/>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="111"/>
        <source>Skipped as you chose</source>
        <translation>已按您的选择跳过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="113"/>
        <source>Chosen by you; its columns are mapped automatically</source>
        <translation>由您选择；其列将自动映射</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="115"/>
        <source>no known kind of record</source>
        <translation>不是已知的数据类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="116"/>
        <source>Skipped: {reason}</source>
        <translation>跳过：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="117"/>
        <source>Recognised by its name</source>
        <translation>根据文件名识别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_model.py" line="117"/>
        <source>Recognised by its columns</source>
        <translation>根据列识别</translation>
    </message>
</context>
<context>
    <name>ExportFilesPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="54"/>
        <source>Dry run (check everything, write nothing)</source>
        <translation>试运行（全面检查，不写入数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="55"/>
        <source>Strict (write nothing if any row would be rejected)</source>
        <translation>严格模式（只要有行被拒绝，就不写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="61"/>
        <source>Check the files of the export</source>
        <translation>检查导出中的文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="110"/>
        <source>{files} files: {imported} to import, {skipped} skipped.</source>
        <translation>共 {files} 个文件：导入 {imported} 个，跳过 {skipped} 个。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="113"/>
        <source>Recognised as a {system} export.</source>
        <translation>已识别为 {system} 导出文件。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="114"/>
        <source>Each file&apos;s kind is recognised from its name and its columns; choose another kind, or Skip, where it is wrong.</source>
        <translation>每个文件的数据类型根据其名称和列识别；如有误，请选择其他类型或“跳过”。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="116"/>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="116"/>
        <source>{kind} ({file})</source>
        <translation>{kind}（{file}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="118"/>
        <source>Import order, so that each file finds the records it refers to: {order}. The whole export is one step: nothing is written if it fails or is cancelled.</source>
        <translation>导入顺序（确保每个文件都能找到其引用的记录）：{order}。整套导出一次性完成：失败或取消时不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_files_page.py" line="120"/>
        <source>nothing to import</source>
        <translation>没有要导入的文件</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="33"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="35"/>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV，适用于 Excel 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="36"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="73"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="82"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/export_job.py" line="116"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/table_export.py" line="78"/>
        <source>Generated {when}</source>
        <translation>生成于 {when}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/nurturing_export.py" line="30"/>
        <location filename="../../salesmgr/views/widgets/table_export.py" line="99"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/table_export.py" line="112"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>ExportSummaryPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="42"/>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="139"/>
        <source>Export imported</source>
        <translation>整套导出已导入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="51"/>
        <source>Rows read:</source>
        <translation>已读取行数：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="51"/>
        <source>Inserted:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="51"/>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="51"/>
        <source>Unchanged:</source>
        <translation>未变更：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="52"/>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="52"/>
        <source>Skipped:</source>
        <translation>跳过：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="63"/>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="124"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="63"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="63"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="63"/>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="64"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="64"/>
        <source>Unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="64"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="80"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="84"/>
        <source>Files ({n})</source>
        <translation>文件（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="85"/>
        <source>Skipped files ({n})</source>
        <translation>跳过的文件（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="86"/>
        <source>Rejected rows ({n})</source>
        <translation>被拒绝的行（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="120"/>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="124"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="124"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="124"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="124"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="136"/>
        <source>Nothing was written: Strict is on and some rows would be rejected</source>
        <translation>未写入任何数据：已启用严格模式，且部分行将被拒绝</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="138"/>
        <source>Dry run finished: nothing was written</source>
        <translation>试运行完成：未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="143"/>
        <source>{n} rows would be rejected (listed below). Fix them in the files, or clear Strict to import the other rows.</source>
        <translation>{n} 行将被拒绝（见下方列表）。请在文件中修正，或取消勾选“严格模式”以导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="146"/>
        <source>This is what the import would do. Go back and clear Dry run to import for real.</source>
        <translation>以上是导入的预期结果。返回上一步并取消勾选“试运行”即可正式导入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="147"/>
        <source>{files} files imported from {export}, {skipped} skipped.</source>
        <translation>已从 {export} 导入 {files} 个文件，跳过 {skipped} 个。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_summary_page.py" line="150"/>
        <source>Recognised as a {system} export.</source>
        <translation>已识别为 {system} 导出文件。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="33"/>
        <source>no quota in the last 4 closed quarters</source>
        <translation>最近 4 个已结束季度没有指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="34"/>
        <source>no target for the fiscal year</source>
        <translation>该财年没有目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="35"/>
        <source>no fully ramped rep to compare with</source>
        <translation>没有可对比的完全爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="36"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="37"/>
        <source>quota met</source>
        <translation>已完成指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="38"/>
        <source>no win rate (no closed deals)</source>
        <translation>无赢率（无已关闭商机）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="39"/>
        <source>the quota is zero</source>
        <translation>指标为 0</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="40"/>
        <source>nothing won</source>
        <translation>无赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="196"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="198"/>
        <source>{team} (team)</source>
        <translation>{team}（团队）</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="83"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="83"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="83"/>
        <source>Pipeline needed</source>
        <translation>所需管道</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="84"/>
        <source>Coverage = open pipeline expected to close in the quarter / (quota - won so far); below 3x is flagged red</source>
        <translation>覆盖率 = 预计本季度成交的未结管道 / （指标 - 已赢单）；低于 3 倍标红</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="91"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="91"/>
        <source>Forecast accuracy</source>
        <translation>预测准确率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="94"/>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="87"/>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="87"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="87"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="87"/>
        <source>Won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="88"/>
        <source>Each fiscal quarter (bold) with its months that have open deals; a quarter&apos;s forecast shows its landing (won + weighted forecast) against the quota</source>
        <translation>每个财季（粗体）后列出其有未结商机的月份；季度的加权预测在提示中显示预计落地（已赢单 + 加权预测）占指标的比例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="107"/>
        <source>Coverage {period}</source>
        <translation>{period} 覆盖率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="110"/>
        <source>Forecast ({currency})</source>
        <translation>预测（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="116"/>
        <source>forecast {forecast}, won {won}</source>
        <translation>预测 {forecast}，赢单 {won}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="123"/>
        <source>Capacity: {reason}</source>
        <translation>产能：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="126"/>
        <source>Capacity {capacity}; {reason}</source>
        <translation>产能 {capacity}；{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="129"/>
        <source>Capacity {capacity} vs target {target}: covered, {spare} to spare</source>
        <translation>产能 {capacity}，目标 {target}：可覆盖，富余 {spare}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="134"/>
        <source>about 1 more ramped rep</source>
        <translation>约需再增加 1 名已爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="136"/>
        <source>about {n} more ramped reps</source>
        <translation>约需再增加 {n} 名已爬坡的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="137"/>
        <source>Capacity {capacity} vs target {target}: {gap} short; {more}</source>
        <translation>产能 {capacity}，目标 {target}：缺口 {gap}；{more}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="165"/>
        <source>Landing {landing} = won {won} + weighted forecast {weighted}: {share} of the quota</source>
        <translation>预计落地 {landing} = 已赢单 {won} + 加权预测 {weighted}：占指标 {share}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/figures.py" line="169"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="176"/>
        <source>Funnel: deals reaching each stage</source>
        <translation>销售漏斗：到达各阶段的商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="177"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="202"/>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="219"/>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="203"/>
        <source>{reached} won · {amount}</source>
        <translation>{reached} 个赢单 · {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="205"/>
        <source>{reached} reached</source>
        <translation>{reached} 个到达</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="207"/>
        <source>{reached} reached · {percent} % won</source>
        <translation>{reached} 个到达 · {percent}% 赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="210"/>
        <source>{reached} reached · {percent} % go on</source>
        <translation>{reached} 个到达 · {percent}% 进入下一阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="212"/>
        <source>{count} now in stage</source>
        <translation>当前在此阶段 {count} 个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="220"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="221"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="223"/>
        <source>{stage}
Reached: {reached}
Now in stage: {count} ({amount})
Close rate (won of the deals that reached it): {conversion}</source>
        <translation>{stage}
到达：{reached}
当前在此阶段：{count}（{amount}）
成交率（到达此阶段的商机中赢单的比例）：{conversion}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="226"/>
        <source>{stage}
Reached: {reached}
Now in stage: {count} ({amount})
Conversion to the next stage: {conversion}</source>
        <translation>{stage}
到达：{reached}
当前在此阶段：{count}（{amount}）
进入下一阶段的转化率：{conversion}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="195"/>
        <source>No deals in this period</source>
        <translation>本周期没有商机</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="78"/>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="78"/>
        <source>Add goal</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="81"/>
        <source>None: fill in every field</source>
        <translation>不用模板：逐项填写</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="85"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="87"/>
        <source>Team: {name}</source>
        <translation>团队：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="89"/>
        <source>Rep: {name}</source>
        <translation>销售：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="105"/>
        <source>Product names, separated by commas</source>
        <translation>产品名称，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="108"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="109"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="120"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="121"/>
        <source>Owner:</source>
        <translation>负责方：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="122"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="123"/>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="124"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="125"/>
        <source>From stage:</source>
        <translation>起始阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="126"/>
        <source>To stage:</source>
        <translation>目标阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="127"/>
        <source>Products:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="128"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="129"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="130"/>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="131"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="142"/>
        <source>in %</source>
        <translation>单位：%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="157"/>
        <source>measured in the period before</source>
        <translation>按上一期间的实际值计算</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="209"/>
        <source>{text} is not a number; type digits such as 25 or 12.5</source>
        <translation>{text} 不是数字；请输入数字，例如 25 或 12.5</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_dialogs.py" line="212"/>
        <source>Give the baseline and the target, or choose a template</source>
        <translation>请填写基线和目标值，或选择一个模板</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="43"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="52"/>
        <source>Status: progress = (actual − baseline) / (target − baseline); time gone by = days of the period so far / days in it.
On track: target reached, or progress at most {on} points behind the time gone by.
At risk: {on} to {risk} points behind.
Off track: more than {risk} points behind.
No data: the metric has nothing to measure in the period.</source>
        <translation>状态：进度 =（实际值 − 基线）/（目标值 − 基线）；时间进度 = 期间已过天数 / 期间总天数。
正常：已达成目标，或进度落后时间进度不超过 {on} 个百分点。
有风险：落后 {on} 至 {risk} 个百分点。
偏离：落后超过 {risk} 个百分点。
无数据：该指标在本期间没有可计算的数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="63"/>
        <source>{status}: {reason}</source>
        <translation>{status}：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="71"/>
        <source>This goal: no actual ({reason}).</source>
        <translation>本目标：无实际值（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="74"/>
        <source>This goal: progress {progress} %, time gone by {elapsed} %.</source>
        <translation>本目标：进度 {progress} %，时间进度 {elapsed} %。</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="85"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="85"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="85"/>
        <source>Owner</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="85"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="85"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="86"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="86"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="86"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_table.py" line="98"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>GoalTrendChart</name>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="24"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="25"/>
        <source>% change</source>
        <translation>变化 %</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="26"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="27"/>
        <source>NPS points</source>
        <translation>NPS 分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="28"/>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="29"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="30"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="73"/>
        <source>Choose a goal to see its trend</source>
        <translation>选择一个目标以查看趋势</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="96"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goal_chart.py" line="97"/>
        <source>{metric}: actual by period; dashed lines: baseline (grey) and target (green)</source>
        <translation>{metric}：各期间实际值；虚线：基线（灰）与目标（绿）</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="55"/>
        <source>no deals in the period</source>
        <translation>本周期没有商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="56"/>
        <source>no won deals in the period</source>
        <translation>本周期没有赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="118"/>
        <source>no won revenue in the same period last year</source>
        <translation>去年同期没有赢单收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="138"/>
        <source>no won revenue in the period</source>
        <translation>本周期没有赢单收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="157"/>
        <source>no won or lost deals in the period</source>
        <translation>本周期没有赢单或输单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="162"/>
        <source>no won deals with both dates in the period</source>
        <translation>本周期没有两个日期齐全的赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="189"/>
        <source>a stage of the goal is no longer in the pipeline</source>
        <translation>目标所用的阶段已不在销售流程中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="196"/>
        <source>no deal reached the first stage in the period</source>
        <translation>本周期没有商机到达起始阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="235"/>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="236"/>
        <source>Revenue growth vs a year earlier</source>
        <translation>收入同比增长</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="238"/>
        <source>High-margin products&apos; share of revenue</source>
        <translation>高毛利产品收入占比</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="240"/>
        <source>Average deal size</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="242"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="243"/>
        <source>Average sales cycle</source>
        <translation>平均销售周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="244"/>
        <source>Conversion between two stages</source>
        <translation>两阶段间转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="246"/>
        <source>CRM data completeness</source>
        <translation>CRM 数据完整度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="248"/>
        <source>Customer churn rate</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="250"/>
        <source>Customer retention rate</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="252"/>
        <source>Share of healthy customers</source>
        <translation>健康客户占比</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="254"/>
        <source>Average CSAT</source>
        <translation>客户满意度均分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="256"/>
        <source>Top accounts&apos; satisfaction</source>
        <translation>重点客户满意度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="258"/>
        <source>Net promoter score</source>
        <translation>净推荐值（NPS）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="259"/>
        <source>Certification pass rate</source>
        <translation>认证通过率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="261"/>
        <source>Cross-department projects</source>
        <translation>跨部门协作项目数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="262"/>
        <source>Manual metric</source>
        <translation>手工指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="263"/>
        <source>Expected customer lifetime (months)</source>
        <translation>预期客户生命周期（月）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="265"/>
        <source>Customer lifetime value (LTV)</source>
        <translation>客户终身价值（LTV）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="266"/>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本（CAC）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/catalogue.py" line="285"/>
        <source>no actual entered in the period</source>
        <translation>本周期未录入实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/goals.py" line="34"/>
        <source>financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/goals.py" line="35"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/goals.py" line="36"/>
        <source>operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/goals.py" line="36"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/status.py" line="49"/>
        <source>on track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/status.py" line="49"/>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/status.py" line="50"/>
        <source>off track</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/status.py" line="50"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/surveys.py" line="60"/>
        <source>no CSAT responses in the period</source>
        <translation>本周期没有满意度回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/surveys.py" line="86"/>
        <source>no accounts with won deals in the year to the period&apos;s end</source>
        <translation>截至本周期末的一年内没有赢单客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/surveys.py" line="93"/>
        <source>no CSAT responses from the top accounts in the period</source>
        <translation>本周期重点客户没有满意度回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/surveys.py" line="105"/>
        <source>no NPS responses in the period</source>
        <translation>本周期没有 NPS 回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/surveys.py" line="122"/>
        <source>no graded certification in the period</source>
        <translation>本周期没有已评定的认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="60"/>
        <source>Shorten the sales cycle from 90 to 75 days</source>
        <translation>销售周期从 90 天缩短到 75 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="62"/>
        <source>Qualified lead to opportunity: 15% -&gt; 25%</source>
        <translation>合格线索到商机转化率：15% -&gt; 25%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="65"/>
        <source>Raise NPS from 30 to 50</source>
        <translation>NPS 从 30 提升到 50</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="66"/>
        <source>Cut annual customer churn from 20% to 10%</source>
        <translation>年客户流失率从 20% 降到 10%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="68"/>
        <source>Raise the share of healthy customers to 80%</source>
        <translation>将健康客户占比提升到 80%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="70"/>
        <source>CRM data completeness of at least 95%</source>
        <translation>CRM 数据完整度不低于 95%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="72"/>
        <source>High-margin products&apos; share: 40% -&gt; 60%</source>
        <translation>高毛利产品占比：40% -&gt; 60%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="74"/>
        <source>Grow revenue by 20%</source>
        <translation>收入增长 20%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="77"/>
        <source>Top-20 accounts&apos; satisfaction of at least 90%</source>
        <translation>前 20 大客户满意度不低于 90%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="79"/>
        <source>Certification pass rate of 100%</source>
        <translation>认证通过率 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="81"/>
        <source>Extend the customer lifetime from 18 to 24 months</source>
        <translation>将客户生命周期从 18 个月延长至 24 个月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="83"/>
        <source>Raise customer lifetime value (LTV) by 30%</source>
        <translation>客户终身价值（LTV）提升 30%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/templates.py" line="85"/>
        <source>Cut customer acquisition cost (CAC) by 15%</source>
        <translation>获客成本（CAC）降低 15%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/diagnosis.py" line="30"/>
        <source>needs a goal that sets its parameters</source>
        <translation>需要一个设定其参数的目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/diagnosis.py" line="31"/>
        <source>entered by hand: add a goal to enter its actual</source>
        <translation>手工录入：请先添加目标再录入实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/pilot.py" line="40"/>
        <source>no other team has data in both windows</source>
        <translation>没有其他团队在前后两个窗口都有数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/pilot.py" line="41"/>
        <source>the pilot has not run a whole period yet</source>
        <translation>试点还没有运行满一个完整周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/pilot.py" line="42"/>
        <source>pilot team before</source>
        <translation>试点团队（试点前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/pilot.py" line="43"/>
        <source>pilot team after</source>
        <translation>试点团队（试点后）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/pilot.py" line="44"/>
        <source>other teams</source>
        <translation>其他团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="32"/>
        <source>Solid foundations, better processes</source>
        <translation>夯实基础 优化流程</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="33"/>
        <source>Stronger skills, data-driven</source>
        <translation>提升能力 数据驱动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="34"/>
        <source>Full collaboration, continuous innovation</source>
        <translation>全面协同 持续创新</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="37"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="37"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/roadmap.py" line="38"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/customer_metrics.py" line="24"/>
        <source>no customers at the start of the period</source>
        <translation>期初没有客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/goals/customer_metrics.py" line="25"/>
        <source>no customers with a health score at the end of the period</source>
        <translation>期末没有有健康得分的客户</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../salesmgr/views/goals/page.py" line="50"/>
        <source>Quota plan</source>
        <translation>指标计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/page.py" line="51"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/page.py" line="53"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/page.py" line="55"/>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="63"/>
        <source>All dimensions</source>
        <translation>全部维度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="67"/>
        <source>Add goal…</source>
        <translation>新增目标…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="68"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="69"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="70"/>
        <source>Enter actual…</source>
        <translation>录入实际值…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="71"/>
        <source>For goals on a manual metric: the actual as of a date</source>
        <translation>用于手工指标的目标：录入某一日期的实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="83"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="85"/>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="171"/>
        <source>{metric}: no data, {reason}.</source>
        <translation>{metric}：无数据，{reason}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="174"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="176"/>
        <source>No goals for {period}: add one with “Add goal…”.</source>
        <translation>{period} 没有目标：请用“新增目标…”添加。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="179"/>
        <source>{n} goals shown of {total}; the status column&apos;s tooltip gives the rule.</source>
        <translation>显示 {n} 个目标，共 {total} 个；状态列的提示说明判定规则。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="248"/>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="249"/>
        <source>Delete the goal “{metric}” of {owner} for {period}, with its entered actuals?</source>
        <translation>删除{owner}在 {period} 的目标“{metric}”及其已录入的实际值？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/goals_panel.py" line="250"/>
        <source>the company</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>GradeTable</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="60"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="60"/>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="60"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="60"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="60"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="61"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="61"/>
        <source>Average
won deal</source>
        <translation>平均
赢单金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="73"/>
        <source>{amount}, the average of {n} won deals</source>
        <translation>{amount}，{n} 笔赢单的平均值</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="172"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="172"/>
        <source>Minimum score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="172"/>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="197"/>
        <source>the rest</source>
        <translation>其余</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../../salesmgr/views/goals/edits.py" line="72"/>
        <source>The pasted block ({rows} x {columns}) does not fit in the grid from here</source>
        <translation>粘贴的区域（{rows} × {columns}）从此处放不下</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/edits.py" line="84"/>
        <source>{text} is not an amount; nothing was pasted</source>
        <translation>“{text}”不是金额；未粘贴任何内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/edits.py" line="87"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/edits.py" line="102"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/edits.py" line="110"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="112"/>
        <source>New hires</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="112"/>
        <source>With a
won deal</source>
        <translation>有赢单
人数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="112"/>
        <source>Days to
first deal</source>
        <translation>首单
天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="113"/>
        <source>Won in first
90 days</source>
        <translation>前 90 天
赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="113"/>
        <source>vs ramped</source>
        <translation>对比成熟销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="113"/>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="136"/>
        <source>The average over the group&apos;s new hires that have the figure</source>
        <translation>该组内有此数据的新员工的平均值</translation>
    </message>
</context>
<context>
    <name>HandoffsPanel</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/handoffs_panel.py" line="27"/>
        <source>Hand-offs to service</source>
        <translation>交接给客服</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/handoffs_panel.py" line="30"/>
        <source>Overdue item</source>
        <translation>逾期清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/handoffs_panel.py" line="30"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/handoffs_panel.py" line="30"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/handoffs_panel.py" line="50"/>
        <source>{open} open, {overdue} overdue items (all teams)</source>
        <translation>{open} 个未完成,{overdue} 项逾期(所有团队)</translation>
    </message>
</context>
<context>
    <name>HandoffsTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="70"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="70"/>
        <source>With overdue items</source>
        <translation>有逾期项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="71"/>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="87"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="71"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="75"/>
        <source>Checklist template…</source>
        <translation>清单模板…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="78"/>
        <source>Show:</source>
        <translation>显示:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="87"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="87"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="87"/>
        <source>Won on</source>
        <translation>赢单日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="88"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="88"/>
        <source>Next due</source>
        <translation>下一个到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="93"/>
        <source>Choose a hand-off to see its checklist.</source>
        <translation>选择一个交接以查看其清单。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="96"/>
        <source>Implementation owner:</source>
        <translation>实施负责人:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="97"/>
        <source>Customer-success owner:</source>
        <translation>客户成功负责人:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="98"/>
        <source>Note:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="99"/>
        <source>Save owners</source>
        <translation>保存负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="101"/>
        <source>Item</source>
        <translation>清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="101"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="101"/>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="111"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="101"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="102"/>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="104"/>
        <source>Who did it</source>
        <translation>完成人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="105"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="105"/>
        <source>Not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="111"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="112"/>
        <source>Add promise…</source>
        <translation>添加承诺…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="117"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="117"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="117"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="152"/>
        <source>{open} open hand-offs, {overdue} overdue items</source>
        <translation>{open} 个未完成的交接,{overdue} 项逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="181"/>
        <source>{deal} ({account}), won {day}, sold by {owner}</source>
        <translation>{deal}({account}),{day} 赢单,销售:{owner}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="196"/>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="196"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="196"/>
        <source>broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="211"/>
        <source>Choose an item of the checklist first.</source>
        <translation>请先选择清单中的一项。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="225"/>
        <source>Add promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="225"/>
        <source>What sales promised the customer:</source>
        <translation>销售向客户做出的承诺:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="233"/>
        <source>Choose a promise first.</source>
        <translation>请先选择一项承诺。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="249"/>
        <location filename="../../salesmgr/views/customers/handoffs_tab.py" line="253"/>
        <source>Hand-offs</source>
        <translation>交接</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="19"/>
        <source>Customer health today</source>
        <translation>今日客户健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="20"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="21"/>
        <source>Health band</source>
        <translation>健康等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="31"/>
        <source>{band}: {count} of {total} customers</source>
        <translation>{band}：{total} 个客户中的 {count} 个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="35"/>
        <source>No customers to score</source>
        <translation>没有可评分的客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/health_chart.py" line="38"/>
        <source>{count} · {percent} %</source>
        <translation>{count} · {percent} %</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="59"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="60"/>
        <source>Churn watch</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="61"/>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="62"/>
        <source>Health model</source>
        <translation>健康模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="73"/>
        <source>All bands</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="79"/>
        <source>Band:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="83"/>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="105"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="83"/>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="105"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="83"/>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="105"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="83"/>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="84"/>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="105"/>
        <source>Renewal</source>
        <translation>续约日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="86"/>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="203"/>
        <source>Choose a customer to see how its score is made.</source>
        <translation>选择一个客户，查看其得分的构成。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="87"/>
        <source>Input</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="87"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="87"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="87"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="89"/>
        <source>A missing input is left out and the weights of the others count for more; it is never counted as 0.</source>
        <translation>缺失的指标不参与计算，其他指标的权重相应加大；缺失从不按 0 计算。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="106"/>
        <source>Weakest inputs</source>
        <translation>最弱指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="111"/>
        <source>Fiscal quarters</source>
        <translation>财季</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="111"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="112"/>
        <source>Fiscal years</source>
        <translation>财年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="116"/>
        <source>The customers at the start of each period, how many of them left during it, and the rates. The current period is still running.</source>
        <translation>每个期间期初的客户数、期间内流失的客户数及比率。当前期间尚未结束。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="119"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="119"/>
        <source>Customers at start</source>
        <translation>期初客户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="119"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="120"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="120"/>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="130"/>
        <source>{input} weight:</source>
        <translation>{input}权重：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="132"/>
        <source>Healthy from score:</source>
        <translation>健康的最低得分：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="133"/>
        <source>Watch from score:</source>
        <translation>关注的最低得分：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="134"/>
        <source>Known inputs needed for a score:</source>
        <translation>计算得分所需的已知指标数：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="135"/>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="137"/>
        <source>Back to the default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="144"/>
        <source>Each input gives 0-100 points; the score is their weighted average over the inputs known for the customer. A weight of 0 leaves the input out.</source>
        <translation>每项指标给出 0-100 分；得分是该客户已知指标的加权平均。权重为 0 的指标不参与计算。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="214"/>
        <source>no score</source>
        <translation>无得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="215"/>
        <source>{account}: {score} ({band})</source>
        <translation>{account}：{score}（{band}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="220"/>
        <source>At-risk customers whose renewal falls in the next {days} days: {count}. Talk to them before the renewal.</source>
        <translation>未来 {days} 天内续约的高风险客户：{count} 个。请在续约前与他们沟通。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="226"/>
        <location filename="../../salesmgr/views/customers/health_tables.py" line="73"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="249"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="255"/>
        <source>Saved; the scores follow the new model.</source>
        <translation>已保存；得分已按新模型计算。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tab.py" line="263"/>
        <source>Customer health</source>
        <translation>客户健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/health_tables.py" line="88"/>
        <location filename="../../salesmgr/views/customers/health_tables.py" line="110"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>HireTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="63"/>
        <source>New hire</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="63"/>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="63"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="63"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="64"/>
        <source>Days to
first activity</source>
        <translation>首次活动
天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="64"/>
        <source>Days to first
opportunity</source>
        <translation>首个商机
天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="65"/>
        <source>Days to
first deal</source>
        <translation>首单
天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="65"/>
        <source>Won in first
90 days</source>
        <translation>前 90 天
赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="65"/>
        <source>vs ramped</source>
        <translation>对比成熟销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="66"/>
        <source>On time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="95"/>
        <source>{n} of the 90 days so far</source>
        <translation>目前已过 90 天中的 {n} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="98"/>
        <source>Won in the first 90 days / a ramped rep&apos;s won revenue in 90 days</source>
        <translation>前 90 天赢单收入 / 成熟销售 90 天的赢单收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="100"/>
        <source>Share of the plan&apos;s tasks done on or before their due date</source>
        <translation>计划中在到期日当天或之前完成的任务占比</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="13"/>
        <source>the seed&apos;s model</source>
        <translation>初始模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="14"/>
        <source>edited</source>
        <translation>手工编辑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="15"/>
        <source>accepted proposal</source>
        <translation>采纳的建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="22"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="22"/>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="22"/>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="22"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="23"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="23"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/history_table.py" line="36"/>
        <source>salesmgr (built in)</source>
        <translation>salesmgr（内置）</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="18"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="19"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="20"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="20"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="21"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="21"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="22"/>
        <source>Quotas</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="23"/>
        <source>CSAT responses</source>
        <translation>满意度调查回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="24"/>
        <source>NPS responses</source>
        <translation>NPS 调查回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="25"/>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="26"/>
        <source>Product usage</source>
        <translation>产品使用情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="30"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="31"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="34"/>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="35"/>
        <source>Source system</source>
        <translation>来源系统</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="37"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="38"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="39"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="40"/>
        <source>Account external ID</source>
        <translation>客户外部 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="41"/>
        <source>Account ID&apos;s system</source>
        <translation>客户 ID 所属系统</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="42"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="43"/>
        <source>Owner e-mail</source>
        <translation>负责人邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="44"/>
        <source>Owner external ID</source>
        <translation>负责人外部 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="45"/>
        <source>Owner ID&apos;s system</source>
        <translation>负责人 ID 所属系统</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="46"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="46"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="47"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="47"/>
        <source>Won?</source>
        <translation>是否赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="48"/>
        <source>Closed?</source>
        <translation>是否已关闭</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="49"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="50"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="51"/>
        <source>Created date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="52"/>
        <source>Engaged date</source>
        <translation>接洽日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="53"/>
        <source>Expected close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="54"/>
        <source>Closed date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="55"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="56"/>
        <source>Opportunity type</source>
        <translation>商机类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="57"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="58"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="59"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="60"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="61"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="61"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="62"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="62"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="63"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="64"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="65"/>
        <source>Downloaded white paper</source>
        <translation>下载了白皮书</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="66"/>
        <source>Attended webinar</source>
        <translation>参加了网络研讨会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="67"/>
        <source>Visited pricing page</source>
        <translation>访问了定价页</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="68"/>
        <source>Requested a demo</source>
        <translation>申请了演示</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="69"/>
        <source>Clicked a campaign email</source>
        <translation>点击了营销邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="70"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="70"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="71"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="72"/>
        <source>Manager external ID</source>
        <translation>经理外部 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="73"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="73"/>
        <source>User type</source>
        <translation>用户类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="74"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="74"/>
        <source>Activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="75"/>
        <source>Activity subtype</source>
        <translation>活动子类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="76"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="77"/>
        <source>Related record ID</source>
        <translation>关联记录 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="78"/>
        <source>Occurred on (day)</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="79"/>
        <source>Deleted?</source>
        <translation>已删除？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="80"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="81"/>
        <source>Opportunity external ID</source>
        <translation>商机外部 ID</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="82"/>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="83"/>
        <source>Logged at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="83"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="84"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="85"/>
        <source>Response date</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="86"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="86"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="87"/>
        <source>Contract start</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="88"/>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="89"/>
        <source>Renewal intent</source>
        <translation>续约意向</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="90"/>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="91"/>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="92"/>
        <source>Opened on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="93"/>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="94"/>
        <source>Severity</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="94"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="95"/>
        <source>Usage count</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="96"/>
        <source>Active users</source>
        <translation>活跃用户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="97"/>
        <source>Licensed users</source>
        <translation>授权用户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="101"/>
        <source>Fxiaoke</source>
        <translation>纷享销客</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/labels.py" line="102"/>
        <source>Xiaoshouyi</source>
        <translation>销售易</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="58"/>
        <source>Import a CRM export…</source>
        <translation>导入 CRM 导出文件…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="61"/>
        <source>Delete preset…</source>
        <translation>删除映射方案…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="67"/>
        <source>Import the sample…</source>
        <translation>导入示例文件…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="85"/>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="94"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="96"/>
        <source>Bring in accounts, contacts, leads, opportunities, activities, reps and quotas from your CRM&apos;s export. The wizard shows a preview and the column mapping before anything is written, and the whole file is imported in one step: if you cancel, nothing is written.</source>
        <translation>从 CRM 的导出文件中导入客户、联系人、线索、商机、活动、销售代表和指标。导入向导会在写入任何数据之前显示预览和字段映射，并且整个文件一次性导入：如果中途取消，不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="104"/>
        <source>Recognised CRMs: Salesforce (reports and data exports), HubSpot, Pipedrive, Odoo, Fxiaoke (纷享销客) and Xiaoshouyi (销售易). Files: Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods), CSV and tab-separated text (.csv, .txt). You can also drop a file on the window.</source>
        <translation>支持识别的 CRM：Salesforce（报表和数据导出）、HubSpot、Pipedrive、Odoo、纷享销客和销售易。支持的文件：Excel（.xlsx、.xlsm、.xls）、OpenDocument（.ods）、CSV 和制表符分隔的文本（.csv、.txt）。也可以直接将文件拖放到窗口中。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="114"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="56"/>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="168"/>
        <source>Column mapping presets</source>
        <translation>字段映射方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="116"/>
        <source>Reports for finance and leadership open in Excel, WPS and LibreOffice with live formulas a reader can check. Data exports keep the columns and ids an import reads, so a file can be edited in Excel and imported again. Every table also has &quot;Export to Excel…&quot; in its right-click menu.</source>
        <translation>供财务和管理层使用的报表可在 Excel、WPS 和 LibreOffice 中打开，其中的实时公式便于核对。数据导出保留导入时读取的列和编号，文件可在 Excel 中编辑后再次导入。每个表格的右键菜单中也有“导出到 Excel…”。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="125"/>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="137"/>
        <source>Sample exports to try: two reports made from the demo data (importing one updates some deals, adds a few and shows how rejected rows are reported) and a whole Salesforce export of a newly acquired team (a ZIP of one file per object, imported in one go).</source>
        <translation>可以试用的示例导出文件：两份根据演示数据生成的报表（导入后会更新部分商机、新增几个商机，并展示被拒绝的行如何报告），以及一个新并入团队的 Salesforce 整套导出（每个对象一个文件的 ZIP，一次导入）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="170"/>
        <source>Built-in presets read the common CRM exports; save your own from the wizard&apos;s mapping page.</source>
        <translation>内置方案可读取常见 CRM 的导出文件；你也可以在导入向导的字段映射页保存自己的方案。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="188"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="188"/>
        <source>Holds</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="188"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="188"/>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="190"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="190"/>
        <source>Saved</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="219"/>
        <source>Delete preset</source>
        <translation>删除映射方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="220"/>
        <source>Delete the mapping preset {name}?</source>
        <translation>删除映射方案 {name}？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_page.py" line="228"/>
        <source>Deleted preset {name}.</source>
        <translation>已删除映射方案 {name}。</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="28"/>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="34"/>
        <source>Enter exchange rates…</source>
        <translation>输入汇率…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="14"/>
        <source>New stage: {name}</source>
        <translation>新增阶段：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="15"/>
        <source>New rep: {name}</source>
        <translation>新增销售代表：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="16"/>
        <source>New account: {name}</source>
        <translation>新增客户：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="18"/>
        <source>Duplicate: row {row} repeats an earlier row</source>
        <translation>重复：第 {row} 行与前面某行重复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="21"/>
        <source>Skipped {n} rows: {reason}</source>
        <translation>跳过 {n} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="22"/>
        <source>Skipped {n} row: {reason}</source>
        <translation>跳过 {n} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_lines.py" line="25"/>
        <source>Rate set: 1 {currency} = {rate} {base} (as of {date})</source>
        <translation>已设汇率：1 {currency} = {rate} {base}（{date} 起）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="80"/>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="19"/>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="98"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="99"/>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="401"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="101"/>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="405"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="225"/>
        <source>Choose an existing file to import.</source>
        <translation>请选择一个已有的文件进行导入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="35"/>
        <source>Save mapping as preset</source>
        <translation>将字段映射保存为方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="36"/>
        <source>Preset name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="284"/>
        <source>Saved as preset {name}.</source>
        <translation>已保存为映射方案 {name}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_steps.py" line="95"/>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="321"/>
        <source>Import cancelled; nothing was written</source>
        <translation>导入已取消；未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_steps.py" line="98"/>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="323"/>
        <source>The import failed; nothing was written</source>
        <translation>导入失败；未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="20"/>
        <source>Spreadsheets, CSV and ZIP exports (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.zip)</source>
        <translation>电子表格、CSV 和 ZIP 导出 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.zip)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="29"/>
        <source>Import the folder of a CRM export</source>
        <translation>导入 CRM 导出的文件夹</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="46"/>
        <source>{file} - rejected rows.xlsx</source>
        <translation>{file} - 被拒绝的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="48"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/wizard_dialogs.py" line="49"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/export_steps.py" line="115"/>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="340"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="402"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="402"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_wizard.py" line="405"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="17"/>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="25"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="18"/>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="50"/>
        <source>Row in file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="19"/>
        <location filename="../../salesmgr/exchange/imports/rejects.py" line="50"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../../salesmgr/models/customers/journey.py" line="162"/>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey.py" line="163"/>
        <source>marketing</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey.py" line="164"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey.py" line="165"/>
        <source>service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="16"/>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="17"/>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="18"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="19"/>
        <source>Onboarding</source>
        <translation>上线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="20"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="21"/>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="26"/>
        <source>A qualified lead goes to sales with its source and behaviour history</source>
        <translation>合格线索连同来源和行为记录一起移交销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="27"/>
        <source>Website and content (white papers, cases)</source>
        <translation>官网与内容（白皮书、案例）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="28"/>
        <source>Record the lead source and the content read</source>
        <translation>记录线索来源和阅读过的内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="29"/>
        <source>Webinars and trade shows</source>
        <translation>线上研讨会与展会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="30"/>
        <source>Hand over attendees with their questions within a week</source>
        <translation>一周内移交参会者及其问题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="31"/>
        <source>First call by sales</source>
        <translation>销售首次电话</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="32"/>
        <source>Follow up a routed lead within two working days</source>
        <translation>分配的线索在两个工作日内跟进</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="35"/>
        <source>Needs and decision process confirmed; feasibility checked with product</source>
        <translation>需求和决策流程已确认；可行性已与产品部确认</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="36"/>
        <source>Discovery meeting (SPIN questions)</source>
        <translation>需求挖掘会议（SPIN 提问）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="37"/>
        <source>Write the needs found into the opportunity</source>
        <translation>把挖掘到的需求写入商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="38"/>
        <source>Product demo and trial</source>
        <translation>产品演示与试用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="39"/>
        <source>Confirm with product what the product can and cannot do</source>
        <translation>与产品部确认产品能做和不能做的事</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="40"/>
        <source>Proposal and quote</source>
        <translation>方案与报价</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="41"/>
        <source>Only promise what product has confirmed</source>
        <translation>只承诺产品部已确认的内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="44"/>
        <source>Scope and promises written down; implementation owner named</source>
        <translation>范围和承诺已书面记录；已指定实施负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="45"/>
        <source>Negotiation and contract</source>
        <translation>谈判与合同</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="46"/>
        <source>Record every promise made to the customer</source>
        <translation>记录对客户的每一项承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="47"/>
        <source>Signing and first invoice</source>
        <translation>签约与首张发票</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="48"/>
        <source>Start the hand-off checklist on the day of the win</source>
        <translation>赢单当天启动交接清单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="51"/>
        <source>Hand-off checklist done; customer-success owner introduced</source>
        <translation>交接清单已完成；已引荐客户成功负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="52"/>
        <source>Kick-off meeting</source>
        <translation>启动会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="53"/>
        <source>Sales briefs service on the scope and the promises</source>
        <translation>销售向客服说明范围和承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="54"/>
        <source>Implementation and set-up</source>
        <translation>实施与配置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="55"/>
        <source>Deliver what was promised, on the promised date</source>
        <translation>按承诺的日期交付承诺的内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="56"/>
        <source>User training</source>
        <translation>用户培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="57"/>
        <source>The customer&apos;s users can work on their own</source>
        <translation>客户的用户能够独立使用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="60"/>
        <source>Health reviewed every quarter; risks raised to the account owner</source>
        <translation>每季度评估健康度；风险通报客户负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="61"/>
        <source>Support requests</source>
        <translation>支持请求</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="62"/>
        <source>Tell the account owner about urgent tickets</source>
        <translation>紧急工单告知客户负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="63"/>
        <source>Usage and business reviews</source>
        <translation>使用情况与业务回顾</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="64"/>
        <source>Share falling usage with sales and product</source>
        <translation>使用量下降时告知销售和产品部</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="65"/>
        <source>Satisfaction surveys (CSAT, NPS)</source>
        <translation>满意度调查（CSAT、NPS）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="66"/>
        <source>Send low scores to service and the account owner</source>
        <translation>低分反馈转给客服和客户负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="67"/>
        <source>Product feedback</source>
        <translation>产品反馈</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="68"/>
        <source>Answer feature requests in the product roadmap</source>
        <translation>在产品路线图中回应功能需求</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="71"/>
        <source>Renewal intent known 90 days ahead; at-risk accounts go to the committee</source>
        <translation>提前 90 天了解续约意向；高风险客户提交委员会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="72"/>
        <source>Renewal review</source>
        <translation>续约评估</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="73"/>
        <source>Service and sales agree the renewal plan</source>
        <translation>客服与销售商定续约计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="74"/>
        <source>Renewal and cross-sell offer</source>
        <translation>续约与交叉销售报价</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="75"/>
        <source>Offer what the customer&apos;s use shows they need</source>
        <translation>根据客户的使用情况提供其所需</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="76"/>
        <source>Referrals and case studies</source>
        <translation>转介绍与成功案例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/journey_defaults.py" line="77"/>
        <source>Ask satisfied customers for a reference</source>
        <translation>请满意的客户做推荐</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="90"/>
        <source>Accounts are placed by their data: leads and activities, open deals, the first win, open hand-offs, being a customer, a renewal within 90 days; churned accounts and lost deals count as lost at their stage.</source>
        <translation>客户按其数据归入阶段：线索和活动、进行中的商机、首次赢单、未完成的交接、成为客户、90 天内续约；已流失的客户和输单计为在所处阶段流失。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="94"/>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="130"/>
        <source>Reset the journey</source>
        <translation>重置客户旅程</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="131"/>
        <source>Put the default journey back? Every edit of its stages and touchpoints is lost.</source>
        <translation>恢复默认客户旅程？对阶段和触点的所有修改都将丢失。</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../salesmgr/models/customers/knowledge.py" line="39"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/knowledge.py" line="40"/>
        <source>Won-deal story</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/knowledge.py" line="41"/>
        <source>Talk track</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/knowledge.py" line="42"/>
        <source>Battle card</source>
        <translation>竞品对战卡</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/customers/knowledge.py" line="43"/>
        <source>SPIN questions</source>
        <translation>SPIN 问题</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/page.py" line="21"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/page.py" line="22"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="45"/>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="48"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="48"/>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="49"/>
        <source>Job title:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="49"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="50"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="50"/>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="51"/>
        <source>Company size:</source>
        <translation>公司规模：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="53"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="53"/>
        <source>Lead source:</source>
        <translation>线索来源：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="58"/>
        <source>employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="59"/>
        <source>Score {score} ({grade}): {breakdown}</source>
        <translation>得分 {score}（{grade}）：{breakdown}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="60"/>
        <source>no rule matches</source>
        <translation>没有匹配的规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="77"/>
        <source>Behaviours</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_dialog.py" line="94"/>
        <source>The day it was imported: the data gave no date</source>
        <translation>导入当天：数据未给出日期</translation>
    </message>
</context>
<context>
    <name>LeadReview</name>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="51"/>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="52"/>
        <source>converted, not won</source>
        <translation>已转化，未赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="53"/>
        <source>not converted</source>
        <translation>未转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="54"/>
        <source>separates</source>
        <translation>能区分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="55"/>
        <source>does not separate</source>
        <translation>无法区分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="56"/>
        <source>too few leads to tell</source>
        <translation>线索太少，无法判断</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/review.py" line="57"/>
        <source>no conversions to tell</source>
        <translation>没有转化，无法判断</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="58"/>
        <source>lift {lift}: 20 x log2({lift}) = {raw}, rounded to {points}</source>
        <translation>提升度 {lift}：20 × log2({lift}) = {raw}，取整为 {points}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="59"/>
        <source>kept: fewer than 20 leads with or without it</source>
        <translation>保持不变：命中或未命中的线索少于 20 条</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="60"/>
        <source>kept: no lead converted</source>
        <translation>保持不变：没有线索转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="61"/>
        <source>kept: no lead without it converted, lift cannot be computed</source>
        <translation>保持不变：未命中的线索无一转化，无法计算提升度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="62"/>
        <source>kept: no lead with it converted (lift 0)</source>
        <translation>保持不变：命中的线索无一转化（提升度为 0）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="63"/>
        <source>best separation: J = {j}</source>
        <translation>区分效果最好：J = {j}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="64"/>
        <source>kept: the leads below hold no converted lead or no other lead</source>
        <translation>保持不变：下方线索中没有已转化线索或没有未转化线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="65"/>
        <source>kept: no score separates the leads below</source>
        <translation>保持不变：没有分数能区分下方线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/suggest.py" line="66"/>
        <source>the rest</source>
        <translation>其余</translation>
    </message>
</context>
<context>
    <name>LeadRouting</name>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="15"/>
        <source>round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="16"/>
        <source>by territory</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="17"/>
        <source>by industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/cli/leads_route_text.py" line="18"/>
        <source>by open-lead load</source>
        <translation>按未结线索负载</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/nurturing.py" line="82"/>
        <source>needs {points} more points</source>
        <translation>还差 {points} 分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/nurturing.py" line="85"/>
        <source>lacks: {behaviours}</source>
        <translation>缺少：{behaviours}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="56"/>
        <source>round robin: next in turn</source>
        <translation>轮流分配：轮到此人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="57"/>
        <source>covers region {region}, {load} open leads before</source>
        <translation>负责区域 {region}，分配前有 {load} 条未结线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="58"/>
        <source>covers industry {industry}, {load} open leads before</source>
        <translation>负责行业 {industry}，分配前有 {load} 条未结线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="59"/>
        <source>fewest open leads ({load} before)</source>
        <translation>未结线索最少（分配前 {load} 条）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="60"/>
        <source>no rep takes leads</source>
        <translation>没有销售接收线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="61"/>
        <source>no rep of team {team} takes leads</source>
        <translation>团队 {team} 中没有销售接收线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="62"/>
        <source>every rep is at capacity</source>
        <translation>所有销售都已满额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="63"/>
        <source>the lead has no region</source>
        <translation>该线索没有区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="64"/>
        <source>the lead has no industry</source>
        <translation>该线索没有行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="65"/>
        <source>no rep covers region {region}</source>
        <translation>没有销售负责区域 {region}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="66"/>
        <source>no rep covers industry {industry}</source>
        <translation>没有销售负责行业 {industry}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="67"/>
        <source>every rep covering region {region} is at capacity</source>
        <translation>负责区域 {region} 的销售都已满额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/routing.py" line="68"/>
        <source>every rep covering industry {industry} is at capacity</source>
        <translation>负责行业 {industry} 的销售都已满额</translation>
    </message>
</context>
<context>
    <name>LeadScoring</name>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="15"/>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="16"/>
        <source>company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="17"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="18"/>
        <source>lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="19"/>
        <source>job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="20"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="24"/>
        <source>downloaded white paper</source>
        <translation>下载白皮书</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="25"/>
        <source>attended webinar</source>
        <translation>参加网络研讨会</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="26"/>
        <source>visited pricing page</source>
        <translation>访问定价页</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="27"/>
        <source>requested a demo</source>
        <translation>申请演示</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="28"/>
        <source>clicked a campaign email</source>
        <translation>点击营销邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="33"/>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="34"/>
        <source>in list</source>
        <translation>属于列表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="35"/>
        <source>greater than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="36"/>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/catalogue.py" line="37"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="28"/>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="29"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="30"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="33"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="34"/>
        <source>nurturing</source>
        <translation>培育中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="35"/>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="36"/>
        <source>converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="37"/>
        <source>disqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="40"/>
        <source>route to reps</source>
        <translation>分配给销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="41"/>
        <source>nurture</source>
        <translation>培育</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="44"/>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="45"/>
        <source>behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="48"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="49"/>
        <source>{field} in {value}</source>
        <translation>{field} 属于 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="50"/>
        <source>{field} &gt; {value}</source>
        <translation>{field} &gt; {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="51"/>
        <source>{field} &lt; {value}</source>
        <translation>{field} &lt; {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="52"/>
        <source>{field} contains {value}</source>
        <translation>{field} 包含 {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="112"/>
        <source>{behaviour}, -{decay} per 30 days</source>
        <translation>{behaviour}，每 30 天 -{decay}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="125"/>
        <source>{points} {behaviour} ({day})</source>
        <translation>{points} {behaviour}（{day}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/labels.py" line="127"/>
        <source>{points} {field} {value}</source>
        <translation>{points} {field} {value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="50"/>
        <source>first version</source>
        <translation>首个版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="53"/>
        <source>no change</source>
        <translation>无变更</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="78"/>
        <source>rule removed: {rule}</source>
        <translation>删除规则：{rule}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="80"/>
        <source>rule added: {rule} ({points} points)</source>
        <translation>新增规则：{rule}（{points} 分）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="84"/>
        <source>rules put in another order</source>
        <translation>规则顺序调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="91"/>
        <source>rule changed: {old} -&gt; {new}</source>
        <translation>规则修改：{old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="94"/>
        <source>{rule}: {old} -&gt; {new} points</source>
        <translation>{rule}：{old} -&gt; {new} 分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="97"/>
        <source>{rule}: decay {old} -&gt; {new} per 30 days</source>
        <translation>{rule}：衰减 每 30 天 {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="125"/>
        <source>grade added: {grade} from {minimum}</source>
        <translation>新增等级：{grade}，自 {minimum} 分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="130"/>
        <source>grade renamed: {old} -&gt; {new}</source>
        <translation>等级改名：{old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="133"/>
        <source>{grade} from {old} -&gt; {new}</source>
        <translation>{grade} 最低分 {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="136"/>
        <source>{grade}: {old} -&gt; {new}</source>
        <translation>{grade}：{old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="139"/>
        <source>grade removed: {grade}</source>
        <translation>删除等级：{grade}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/leads/history.py" line="145"/>
        <source>any score</source>
        <translation>任意分数</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="20"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="20"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="20"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="20"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="21"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="21"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="21"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="21"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="21"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/lead_table.py" line="22"/>
        <source>Breakdown</source>
        <translation>得分明细</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="39"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="40"/>
        <source>Scoring model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="44"/>
        <source>Monthly review</source>
        <translation>月度复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="45"/>
        <source>Proposed model</source>
        <translation>建议模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="49"/>
        <source>Route leads…</source>
        <translation>分配线索…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="50"/>
        <source>Assign the leads of routed grades to reps, by the routing rule</source>
        <translation>按分配规则把需分配等级的线索分给销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="52"/>
        <source>Export nurturing list…</source>
        <translation>导出培育名单…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/page.py" line="53"/>
        <source>The leads below the routed grades, for marketing, as an Excel file</source>
        <translation>未达分配等级的线索，供市场部使用，导出为 Excel 文件</translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="52"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="56"/>
        <source>Search name, company, owner, industry or region</source>
        <translation>搜索姓名、公司、负责人、行业或地区</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="64"/>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="66"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="75"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="76"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="77"/>
        <source>Disqualify</source>
        <translation>判为不合格</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="78"/>
        <source>Back to nurturing</source>
        <translation>放回培育</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/leads_panel.py" line="102"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <location filename="../../salesmgr/views/knowledge/link_picker.py" line="28"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/link_picker.py" line="28"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/link_picker.py" line="29"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/link_picker.py" line="34"/>
        <source>Part of the name</source>
        <translation>名称的一部分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/knowledge/link_picker.py" line="37"/>
        <source>Add link</source>
        <translation>添加关联</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="215"/>
        <source>Unlock a quarter</source>
        <translation>解锁季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="215"/>
        <source>Lock a quarter</source>
        <translation>锁定季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="221"/>
        <source>Why is the approved plan reopened?</source>
        <translation>为什么要重新打开已审批的计划？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="225"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="227"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="228"/>
        <source>Every change to the quarter stays in the audit log.</source>
        <translation>对该季度的每项修改都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="229"/>
        <source>A locked quarter&apos;s quotas are read-only until it is unlocked with a reason.</source>
        <translation>锁定季度的指标为只读，需说明原因解锁后才能修改。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="232"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="232"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="19"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="20"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="21"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="22"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="23"/>
        <source>Goals &amp; Quotas</source>
        <translation>目标与指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="24"/>
        <source>Onboarding</source>
        <translation>入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="25"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="26"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="27"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/navigation.py" line="28"/>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="113"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="114"/>
        <source>&amp;About salesmgr</source>
        <translation>关于 salesmgr(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="40"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="41"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="43"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="45"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="49"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="51"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="86"/>
        <source>&amp;Add rep…</source>
        <translation>添加销售代表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="89"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="98"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="72"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="179"/>
        <source>{page} – salesmgr</source>
        <translation>{page} – salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="254"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="255"/>
        <source>The imported amounts in {currencies} have no exchange rate to {base}, so the figures leave them out. Enter the rates now?</source>
        <translation>导入的 {currencies} 金额没有到 {base} 的汇率，因此各项数字未计入这些金额。现在输入汇率吗？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="256"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="258"/>
        <source>Enter exchange rates…</source>
        <translation>输入汇率…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="259"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="266"/>
        <source>Demo data loaded: {reps} reps, {opportunities} opportunities.</source>
        <translation>演示数据已加载：{reps} 名销售代表，{opportunities} 个商机。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="300"/>
        <source>salesmgr</source>
        <translation>salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="122"/>
        <source>&lt;h3&gt;salesmgr {version}&lt;/h3&gt;&lt;p&gt;Offline sales management: quotas, funnel, bonuses, onboarding and CRM imports.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;salesmgr {version}&lt;/h3&gt;&lt;p&gt;离线销售管理：目标指标、销售漏斗、奖金、入职计划与 CRM 导入。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/menus.py" line="130"/>
        <source>About salesmgr</source>
        <translation>关于 salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/database_files.py" line="27"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/database_files.py" line="34"/>
        <source>{path} already exists; choose Open database… to open it.</source>
        <translation>{path} 已存在；请用“打开数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/database_files.py" line="42"/>
        <location filename="../../salesmgr/views/database_files.py" line="52"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="316"/>
        <source>That database is already open.</source>
        <translation>该数据库已经打开。</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../salesmgr/views/exchange/mapping_model.py" line="186"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/mapping_model.py" line="186"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/mapping_model.py" line="186"/>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/mapping_model.py" line="193"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="104"/>
        <source>Edit milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="104"/>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="112"/>
        <source>Someone who is not a rep</source>
        <translation>其他人（非销售代表）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="116"/>
        <source>e.g. Sales operations</source>
        <translation>例如：销售运营</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="117"/>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="118"/>
        <source>Company goal</source>
        <translation>公司目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="121"/>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="122"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="123"/>
        <source>Due:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="124"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="125"/>
        <source>Owner&apos;s name:</source>
        <translation>负责人姓名：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="127"/>
        <source>Measured by:</source>
        <translation>衡量目标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="128"/>
        <source>No goals yet: add them on the Goals tab.</source>
        <translation>还没有目标：请在“目标”标签页添加。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="129"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="160"/>
        <source>Give the milestone a title: say what is to be done</source>
        <translation>请填写里程碑标题：说明要完成什么</translation>
    </message>
</context>
<context>
    <name>MixChart</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="55"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="58"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="69"/>
        <source>Share of hours (%)</source>
        <translation>工时占比（%）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="70"/>
        <source>{template}: planned mix against the 70/20/10 target</source>
        <translation>{template}：计划结构与 70/20/10 目标对比</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="72"/>
        <source>Choose a template to see its planned mix</source>
        <translation>选择一个模板查看其计划结构</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="78"/>
        <source>Add attribute rule</source>
        <translation>添加属性规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="79"/>
        <source>Add behaviour rule</source>
        <translation>添加行为规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="80"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="81"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="82"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="83"/>
        <source>Add grade</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="84"/>
        <source>Remove grade</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="88"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="89"/>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="104"/>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="147"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="149"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="149"/>
        <source>Edited</source>
        <translation>编辑后</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="149"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="162"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="163"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="169"/>
        <source>Current leads in each grade with the edited rules, before saving:</source>
        <translation>按编辑后的规则（保存前），当前各等级的线索数：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="274"/>
        <source>Edited: not saved yet (version {version} is in use).</source>
        <translation>已编辑，尚未保存（正在使用版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="275"/>
        <source>Version {version} is in use.</source>
        <translation>正在使用版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_panel.py" line="304"/>
        <source>Grade {number}</source>
        <translation>等级 {number}</translation>
    </message>
</context>
<context>
    <name>MoneyAxis</name>
    <message>
        <location filename="../../salesmgr/views/widgets/plots.py" line="34"/>
        <source>{currency}, hundred millions</source>
        <translation>{currency}（亿）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/plots.py" line="35"/>
        <source>{currency}, ten thousands</source>
        <translation>{currency}（万）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/plots.py" line="37"/>
        <source>{currency}, millions</source>
        <translation>{currency}（百万）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/plots.py" line="38"/>
        <source>{currency}, thousands</source>
        <translation>{currency}（千）</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="270"/>
        <source>Won per month (| = quota)</source>
        <translation>每月赢单额（| = 指标）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="282"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="282"/>
        <source>{amount} · no quota</source>
        <translation>{amount} · 无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="284"/>
        <source>{amount}</source>
        <translation>{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="287"/>
        <source>{amount} · {percent} %</source>
        <translation>{amount} · {percent}%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="290"/>
        <source>{month}
Won: {amount}
Quota: {quota}</source>
        <translation>{month}
赢单：{amount}
指标：{quota}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="295"/>
        <source>No months to show</source>
        <translation>没有可显示的月份</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="190"/>
        <source>Move to stage</source>
        <translation>移至阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="196"/>
        <source>Exit criteria of {stage}</source>
        <translation>{stage} 的准出标准</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="200"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="213"/>
        <source>&amp;Target stage:</source>
        <translation>目标阶段(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="243"/>
        <source>Entry criteria of {stage}</source>
        <translation>{stage} 的准入标准</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="255"/>
        <source>No criteria</source>
        <translation>无标准</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="276"/>
        <source>No criteria to check for this move.</source>
        <translation>此次移动无需核对任何标准。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="278"/>
        <source>All criteria are met.</source>
        <translation>所有标准均已满足。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="280"/>
        <source>{done} of {total} criteria ticked; you can still move the deal.</source>
        <translation>已勾选 {total} 项标准中的 {done} 项；仍可继续移动该商机。</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="93"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="99"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>NurturingExport</name>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="24"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="25"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="25"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="26"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="28"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="29"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="30"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="31"/>
        <source>Points to a routed grade</source>
        <translation>距分配等级所差分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="32"/>
        <source>What would lift it</source>
        <translation>如何提升</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="42"/>
        <location filename="../../salesmgr/views/leads/nurturing_export.py" line="21"/>
        <source>Nurturing list</source>
        <translation>培育名单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/nurturing.py" line="43"/>
        <source>Leads below the routed grades, for marketing; generated {when}</source>
        <translation>低于分配等级的线索，供市场部使用；生成于 {when}</translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <location filename="../../salesmgr/models/onboarding/criteria.py" line="34"/>
        <source>first customer activity logged</source>
        <translation>已记录第一条客户活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/criteria.py" line="35"/>
        <source>first customer visit logged</source>
        <translation>已记录第一次客户拜访</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/criteria.py" line="36"/>
        <source>first opportunity created</source>
        <translation>已创建第一个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/criteria.py" line="37"/>
        <source>certification passed</source>
        <translation>已通过认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/criteria.py" line="38"/>
        <source>first deal won</source>
        <translation>已赢得第一单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="9"/>
        <source>practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="10"/>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="11"/>
        <source>formal training</source>
        <translation>正式培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="12"/>
        <source>new hire</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="13"/>
        <source>mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="14"/>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="15"/>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="16"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="17"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="18"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="19"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="20"/>
        <source>Firsts since the last review</source>
        <translation>上次复盘以来的“第一次”</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="21"/>
        <source>Deals stalled in a stage</source>
        <translation>停滞的商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="22"/>
        <source>Activities logged more than 24 h late</source>
        <translation>超过 24 小时才录入的活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="23"/>
        <source>Open criteria this month</source>
        <translation>本月未达成的完成条件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="24"/>
        <source>Notes of the last review</source>
        <translation>上次复盘的记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="25"/>
        <source>went well</source>
        <translation>做得好的地方</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="26"/>
        <source>to improve</source>
        <translation>需要改进</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="27"/>
        <source>next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="29"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="29"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="30"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="30"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="31"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="31"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/onboarding/labels.py" line="32"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>OnboardingLabels</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="16"/>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="17"/>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="18"/>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="19"/>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="20"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="21"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="55"/>
        <source>by data</source>
        <translation>数据自动完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="69"/>
        <source>Hours of completed work by category: practice / feedback / formal training (target {target} %)</source>
        <translation>已完成工作的工时结构：实践 / 反馈 / 正式培训（目标 {target} %）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="73"/>
        <source>Nothing done yet.</source>
        <translation>尚未完成任何任务。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/texts.py" line="74"/>
        <source>{category}: {share} % (target {target} %)</source>
        <translation>{category}：{share} %（目标 {target} %）</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/page.py" line="31"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/page.py" line="32"/>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/page.py" line="33"/>
        <source>Ramp</source>
        <translation>成长曲线</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="54"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="63"/>
        <source>e.g. 120000.00</source>
        <translation>例如 120000.00</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="74"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="78"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="85"/>
        <source>Account:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="86"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="87"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="88"/>
        <source>&amp;Probability:</source>
        <translation>赢率(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="89"/>
        <source>&amp;Expected close:</source>
        <translation>预计成交日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="94"/>
        <source>Move to stage…</source>
        <translation>移至阶段…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="100"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="102"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="102"/>
        <source>Entered</source>
        <translation>进入日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="107"/>
        <source>History:</source>
        <translation>阶段历史：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="110"/>
        <source>Loading the SPIN questions…</source>
        <translation>正在加载 SPIN 问题…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="111"/>
        <source>SPIN questions:</source>
        <translation>SPIN 问题:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="116"/>
        <source>No SPIN questions for this stage.</source>
        <translation>此阶段没有 SPIN 问题。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/opportunity_dialog.py" line="134"/>
        <source>{stage} (closed {date})</source>
        <translation>{stage}（关闭于 {date}）</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="23"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="42"/>
        <source>Customer relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="45"/>
        <source>Customer since:</source>
        <translation>成为客户：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="45"/>
        <source>Contract start:</source>
        <translation>合同开始：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="46"/>
        <source>Renewal:</source>
        <translation>续约日：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="46"/>
        <source>Renewal intent:</source>
        <translation>续约意向：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="47"/>
        <source>Payment:</source>
        <translation>付款状态：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="47"/>
        <source>Churned on:</source>
        <translation>流失日：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="53"/>
        <source>Edit contract and renewal…</source>
        <translation>编辑合同与续约…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="62"/>
        <source>Input</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="62"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="62"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="62"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="63"/>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="70"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="70"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="70"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="71"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="82"/>
        <source>not a customer</source>
        <translation>不是客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="88"/>
        <source>Lifetime revenue: {amount} from {deals} won deals</source>
        <translation>累计收入：{amount}，来自 {deals} 个赢单商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="98"/>
        <source>Not scored: not a customer today.</source>
        <translation>未评分：目前不是客户。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="101"/>
        <source>Score {score}: {band}</source>
        <translation>得分 {score}：{band}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="102"/>
        <source>No score: too few inputs are known.</source>
        <translation>无得分：已知指标太少。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/overview_tab.py" line="104"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../salesmgr/views/leads/period_picker.py" line="31"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/period_picker.py" line="32"/>
        <source>Other dates</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/period_picker.py" line="41"/>
        <source>Leads created in</source>
        <translation>线索创建于</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/period_picker.py" line="43"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/period_picker.py" line="45"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="169"/>
        <source>Edit phase</source>
        <translation>编辑阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="172"/>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="173"/>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="175"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="177"/>
        <source>A built-in phase: its name follows the interface language until you rename it.</source>
        <translation>内置阶段：在您重命名之前，名称随界面语言显示。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="181"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="189"/>
        <source>Give the phase a name</source>
        <translation>请填写阶段名称</translation>
    </message>
</context>
<context>
    <name>PilotChart</name>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="44"/>
        <source>No pilot team yet</source>
        <translation>还没有试点团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="52"/>
        <source>Other teams (mean of {n})</source>
        <translation>其他团队（{n} 个的平均值）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="63"/>
        <source>before: {period}</source>
        <translation>试点前：{period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="64"/>
        <source>after: {period}</source>
        <translation>试点后：{period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="70"/>
        <source>Window around the pilot&apos;s start</source>
        <translation>试点开始前后的窗口</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/pilot_chart.py" line="71"/>
        <source>{metric}: {team} against the other teams, before and after {start}</source>
        <translation>{metric}：{team} 与其他团队对比，{start} 前后</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="198"/>
        <source>Set pilot</source>
        <translation>设置试点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="207"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="208"/>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="209"/>
        <source>Judged by:</source>
        <translation>评估指标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="210"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="213"/>
        <source>Choosing another team replaces {team} as the pilot.</source>
        <translation>选择其他团队后，该团队将取代 {team} 成为试点。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="222"/>
        <source>Add a team first on the Team page: a pilot is a team</source>
        <translation>请先在“团队”页面添加团队：试点须是一个团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_dialogs.py" line="225"/>
        <source>Tick at least one metric the pilot is judged by</source>
        <translation>请至少勾选一个评估试点的指标</translation>
    </message>
</context>
<context>
    <name>PipelineExport</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="30"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="61"/>
        <source>Search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="62"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="63"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="64"/>
        <source>Rep:</source>
        <translation>销售代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="69"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="71"/>
        <source>{field} from {start} to {end}</source>
        <translation>{field}：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="76"/>
        <source>Sorted by {column}, descending</source>
        <translation>按{column}降序排列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/export.py" line="77"/>
        <source>Sorted by {column}</source>
        <translation>按{column}排序</translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="189"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="189"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="189"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="189"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="189"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="190"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="190"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="190"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="190"/>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="191"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="203"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="212"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/table_model.py" line="221"/>
        <source>Closed on {date}</source>
        <translation>关闭于 {date}</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="95"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="97"/>
        <source>Move to stage…</source>
        <translation>移至阶段…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="99"/>
        <source>Edit stages…</source>
        <translation>编辑阶段…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="101"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="104"/>
        <location filename="../../salesmgr/views/pipeline/page.py" line="197"/>
        <location filename="../../salesmgr/views/pipeline/page.py" line="370"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="129"/>
        <source>Search deal or account</source>
        <translation>搜索商机或客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="143"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="143"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="144"/>
        <source>Rep:</source>
        <translation>销售代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="153"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="155"/>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="156"/>
        <source>Created date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="163"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="165"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="273"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="267"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="275"/>
        <source>All open stages</source>
        <translation>全部进行中阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="282"/>
        <source>All reps</source>
        <translation>全部销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="287"/>
        <source>1 opportunity</source>
        <translation>1 个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="288"/>
        <source>{n} opportunities</source>
        <translation>{n} 个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/page.py" line="331"/>
        <source>Stage history of {deal}</source>
        <translation>{deal} 的阶段记录</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="12"/>
        <source>One view of every account shared by sales, marketing, product and service: contacts, deals, activities, surveys, tickets and product usage, with a health score, the churn watch and the hand-off from sales to service.</source>
        <translation>销售、市场、产品和服务共享的客户全景：联系人、商机、活动、调查、工单和产品使用情况，并有健康度评分、流失预警以及从销售到服务的交接。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="17"/>
        <source>The account view comes with the customers feature.</source>
        <translation>客户视图随客户功能一起提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="20"/>
        <source>The team&apos;s knowledge base: FAQs, won-deal stories, talk tracks, competitor battle cards and SPIN question sets, searchable in English and Chinese.</source>
        <translation>团队知识库：常见问题、成功案例、话术模板、竞品对战卡和 SPIN 问题集，可用中英文搜索。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="24"/>
        <source>The knowledge base comes with the customers feature.</source>
        <translation>知识库随客户功能一起提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="27"/>
        <source>One lead-scoring model shared by marketing and sales: attribute points (target industry, company size) and behaviour points (white paper, webinar, pricing page) grade every lead as MQL, SQL or Lead. Leads below the threshold go to nurturing, and a monthly review compares conversion by grade so that you can tune the rules.</source>
        <translation>市场与销售共用一套线索评分模型：属性分（目标行业、公司规模）加行为分（白皮书、网络研讨会、定价页）把每条线索分为 MQL、SQL 或普通线索。未达标的线索进入培育，每月复盘按等级比较转化率，以便调整评分规则。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="33"/>
        <source>The lead list and the scoring rules come with the lead-scoring feature.</source>
        <translation>线索列表和评分规则将随线索评分功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="37"/>
        <source>SMART goals in four dimensions (financial, customer, operations, team), each with an owner, a baseline, a target, a period and an actual, and the quarterly quota of every rep and team. Where the data can compute the actual (revenue, sales cycle, conversion, data completeness, churn) the app computes it; you enter the rest, such as an NPS survey result.</source>
        <translation>四个维度（财务、客户、运营、团队）的 SMART 目标，每个目标都有负责人、基线、目标值、周期和实际值，以及每位销售代表和每个团队的季度指标。凡是数据能算出的实际值（收入、销售周期、转化率、数据完整度、流失率）都由本应用计算；其余的（如 NPS 调查结果）由你录入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="43"/>
        <source>Goals and quotas come with the goals feature.</source>
        <translation>目标与指标将随目标功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="46"/>
        <source>A 90-day plan for every new hire: month 1 product and process training, month 2 customer visits with a mentor, month 3 own small accounts with a weekly review. Learning follows 70-20-10 (practice, feedback, formal training), backed by a knowledge base of FAQs, won-deal stories, talk tracks and competitor analyses.</source>
        <translation>为每位新员工制定 90 天入职计划：第一个月集中培训产品和流程，第二个月在导师陪同下拜访客户，第三个月独立负责小型客户并每周复盘。学习遵循 70-20-10 模型（实践、反馈、正式培训），并有常见问题、成功案例、话术模板和竞争分析组成的知识库支持。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="52"/>
        <source>Onboarding plans come with the onboarding feature.</source>
        <translation>入职计划将随入职功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/placeholder_page.py" line="83"/>
        <source>This page is not built yet.</source>
        <translation>此页面尚未建成。</translation>
    </message>
</context>
<context>
    <name>PlanDetailView</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="51"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="52"/>
        <source>Mark not done</source>
        <translation>标记未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="53"/>
        <source>Write review…</source>
        <translation>撰写复盘…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="54"/>
        <source>Record certification…</source>
        <translation>记录认证…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="80"/>
        <source>Tasks by week ({n})</source>
        <translation>按周任务（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="81"/>
        <source>Reviews ({n})</source>
        <translation>复盘（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="82"/>
        <source>Certifications ({n})</source>
        <translation>认证（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="85"/>
        <source>Choose a plan to see its tasks, reviews and certifications</source>
        <translation>选择一个计划查看其任务、复盘和认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="87"/>
        <source>{rep}: started {start}, day {day} of {total}</source>
        <translation>{rep}：{start} 开始，第 {day} 天 / 共 {total} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_detail.py" line="91"/>
        <source>{rep}: started {start}, {status}</source>
        <translation>{rep}：{start} 开始，{status}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="83"/>
        <source>Bonus plan from {period}</source>
        <translation>自 {period} 起的奖金方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="90"/>
        <source>Accelerate above 100 %: ×</source>
        <translation>超过 100% 加速：×</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="102"/>
        <source>Leave it out and re-weight sales and process</source>
        <translation>不计入，并重新分配销售和过程的权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="103"/>
        <source>Score 0</source>
        <translation>计 0 分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="103"/>
        <source>Score 100 %</source>
        <translation>计 100%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="113"/>
        <source>Below this attainment sales score 0:</source>
        <translation>达成率低于此值时销售得分为 0：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="120"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="120"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="120"/>
        <source>Own target (blank: role&apos;s)</source>
        <translation>个人目标（留空：按角色）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="137"/>
        <source>Target bonus per rep:</source>
        <translation>每位代表的目标奖金：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="139"/>
        <source>as above</source>
        <translation>同上</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="140"/>
        <source>… for a {role}:</source>
        <translation>{role}的目标奖金：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="141"/>
        <source>Per rep:</source>
        <translation>按代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="145"/>
        <source>Weights (sales, CSAT, process):</source>
        <translation>权重（销售、满意度、过程）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="149"/>
        <source>Sales threshold:</source>
        <translation>销售门槛：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="153"/>
        <source>Sales accelerator:</source>
        <translation>销售加速：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="154"/>
        <source>Sales score cap:</source>
        <translation>销售得分封顶：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="155"/>
        <source>CSAT target (1–{scale}):</source>
        <translation>满意度目标（1–{scale}）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="156"/>
        <source>No survey responses:</source>
        <translation>无满意度回复时：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="157"/>
        <source>CRM updated within 24 h, target:</source>
        <translation>24 小时内更新 CRM，目标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="158"/>
        <source>Training attended, target:</source>
        <translation>培训出席，目标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="163"/>
        <source>More process KPIs:</source>
        <translation>更多过程指标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="168"/>
        <source>{kpi}, target:</source>
        <translation>{kpi}，目标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/dialogs.py" line="191"/>
        <source>Target bonus</source>
        <translation>目标奖金</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="123"/>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="125"/>
        <source>Company total</source>
        <translation>公司合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="228"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="230"/>
        <source>Year ({currency})</source>
        <translation>全年（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="231"/>
        <source>{period} locked</source>
        <translation>{period} 已锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="233"/>
        <source>{period} is locked (approved): unlock it, with a reason, to change it</source>
        <translation>{period} 已锁定（已审批）：需说明原因解锁后才能修改</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="278"/>
        <source>months add up to {amount}</source>
        <translation>各月合计为 {amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="304"/>
        <source>{text} is not an amount; write it like 250000, 250,000 or 25万</source>
        <translation>“{text}”不是金额；请写成 250000、250,000 或 25万</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="311"/>
        <source>Edit {period}</source>
        <translation>编辑 {period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_model.py" line="322"/>
        <source>{period} is locked; unlock it (with a reason) to change its quotas</source>
        <translation>{period} 已锁定；请先（说明原因）解锁再修改其指标</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="79"/>
        <source>Fiscal year:</source>
        <translation>财年：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="81"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="83"/>
        <source>Show months</source>
        <translation>显示月份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="85"/>
        <source>Show each quarter&apos;s three months after it (an optional breakdown, never added into the quarter)</source>
        <translation>在每个季度后显示其三个月（可选的分解，不计入季度合计）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="92"/>
        <source>Set target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="93"/>
        <source>Distribute…</source>
        <translation>分解…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="94"/>
        <source>Copy from previous year…</source>
        <translation>从上一年复制…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="95"/>
        <source>Lock quarter…</source>
        <translation>锁定季度…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="96"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="97"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="102"/>
        <source>The quota rows to Excel or CSV (File &gt; Export…)</source>
        <translation>将指标数据导出为 Excel 或 CSV（文件 &gt; 导出…）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="147"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="149"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="151"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="152"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="153"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="170"/>
        <source>FY {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="224"/>
        <source>Target: {amount}</source>
        <translation>目标：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="224"/>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="225"/>
        <source>Sum of quotas: {amount}</source>
        <translation>指标合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="227"/>
        <source>Gap: {amount}</source>
        <translation>差额：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="227"/>
        <source>Gap: none</source>
        <translation>差额：无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="281"/>
        <source>Not saved, and undone: {reason}</source>
        <translation>未保存，已撤销：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="292"/>
        <source>Set target</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="293"/>
        <source>The company&apos;s target for fiscal {year} (empty: none):</source>
        <translation>公司 {year} 财年目标（留空表示无）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="299"/>
        <source>{text} is not an amount; write it like 42000000 or 4200万</source>
        <translation>“{text}”不是金额；请写成 42000000 或 4200万</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/plan_panel.py" line="322"/>
        <source>Rounding: {amount} (cents given to the largest remainders), so the quotas add up exactly to {target}</source>
        <translation>舍入：{amount}（零头分给余数最大的单元格），使配额之和正好等于 {target}</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="49"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="49"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="49"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="49"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="49"/>
        <source>Day</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="50"/>
        <source>Done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="50"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="50"/>
        <source>Mix 70/20/10</source>
        <translation>结构 70/20/10</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="50"/>
        <source>Next review</source>
        <translation>下次复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="66"/>
        <source>day {n} of {total}</source>
        <translation>第 {n} 天 / 共 {total} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="89"/>
        <source>{done} of {total} tasks done</source>
        <translation>已完成 {done} / {total} 项任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="91"/>
        <source>The weekly review is late: it was due on {day}</source>
        <translation>每周复盘已延误：应于 {day} 进行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="93"/>
        <source>A week after the last review (or the end of week 1 before any)</source>
        <translation>上次复盘一周后（尚无复盘时为第 1 周末）</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="67"/>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="134"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="68"/>
        <source>A mentor sees the plans they mentor</source>
        <translation>导师可查看自己指导的计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="70"/>
        <source>Show finished plans</source>
        <translation>显示已结束的计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="72"/>
        <source>Assign plan…</source>
        <translation>分配计划…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="73"/>
        <source>Finish plan…</source>
        <translation>完成计划…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="74"/>
        <source>Cancel plan…</source>
        <translation>取消计划…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="87"/>
        <source>Mentor:</source>
        <translation>导师：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="142"/>
        <source>No onboarding plans: give a new hire one with “Assign plan…”.</source>
        <translation>暂无入职计划：用“分配计划…”为新员工创建一个。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="144"/>
        <source>{n} plans. Tasks with a criterion complete themselves when the data shows it (“by data”).</source>
        <translation>共 {n} 个计划。带完成标准的任务在数据满足时自动完成（“数据自动完成”）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plans_panel.py" line="230"/>
        <source>Mark not done</source>
        <translation>标记未完成</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="143"/>
        <source>Fxiaoke 纷享销客</source>
        <translation>纷享销客导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="144"/>
        <source>HubSpot deals</source>
        <translation>HubSpot 交易</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="145"/>
        <source>Odoo pipeline</source>
        <translation>Odoo 销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="146"/>
        <source>Pipedrive deals</source>
        <translation>Pipedrive 交易</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="147"/>
        <source>Salesforce API export</source>
        <translation>Salesforce API 导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="148"/>
        <source>Salesforce report</source>
        <translation>Salesforce 报表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="149"/>
        <source>Xiaoshouyi 销售易</source>
        <translation>销售易导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="150"/>
        <source>Zoho CRM deals</source>
        <translation>Zoho CRM 商机（英文界面）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/imports/mapping.py" line="151"/>
        <source>Zoho CRM 商机</source>
        <translation>Zoho CRM 商机（中文界面）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="51"/>
        <source>Stage in the file</source>
        <translation>文件中的阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="51"/>
        <source>Stage in salesmgr</source>
        <translation>salesmgr 中的阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="57"/>
        <source>Dry run (check everything, write nothing)</source>
        <translation>试运行（全面检查，不写入数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="58"/>
        <source>Strict (write nothing if any row would be rejected)</source>
        <translation>严格模式（只要有行被拒绝，就不写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="59"/>
        <source>Save mapping as preset…</source>
        <translation>将字段映射保存为方案…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="65"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="80"/>
        <source>Check the preview and the column mapping</source>
        <translation>检查预览和字段映射</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="83"/>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="111"/>
        <source>(add as new stage)</source>
        <translation>（新增为阶段）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="119"/>
        <source>(create new rep)</source>
        <translation>（新建销售代表）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="120"/>
        <source>Owner in the file</source>
        <translation>文件中的负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="120"/>
        <source>Rep in salesmgr</source>
        <translation>salesmgr 中的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="122"/>
        <source>Stages ({n})</source>
        <translation>阶段（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="123"/>
        <source>Owners ({n})</source>
        <translation>负责人（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="129"/>
        <source>A quota plan workbook: {reps} reps; {changed} quota cells would change, {same} are unchanged.</source>
        <translation>配额计划工作簿：{reps} 名销售；{changed} 个配额单元格将被修改，{same} 个不变。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="133"/>
        <source>The plan in the file is the plan in salesmgr; importing it changes nothing.</source>
        <translation>文件中的计划与 salesmgr 中的计划相同；导入不会改变任何内容。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="136"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="136"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="136"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="136"/>
        <source>Quota now</source>
        <translation>当前配额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="136"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="137"/>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="140"/>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="145"/>
        <source>{rows} data rows; the column headers are on row {header_row}.</source>
        <translation>共 {rows} 行数据；表头位于第 {header_row} 行。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="148"/>
        <source>Sheet {sheet}: {details}</source>
        <translation>工作表 {sheet}：{details}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="150"/>
        <source>Recognised as a {system} export.</source>
        <translation>已识别为 {system} 导出文件。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="166"/>
        <source>No column is mapped to the required field {field}.</source>
        <translation>没有列映射到必填字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="168"/>
        <source>{field} is mapped from more than one column.</source>
        <translation>{field} 被多个列映射。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/preview_page.py" line="182"/>
        <source>None found.</source>
        <translation>未发现问题。</translation>
    </message>
</context>
<context>
    <name>ProposedRuleTable</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="113"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="113"/>
        <source>Current
points</source>
        <translation>当前
分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="113"/>
        <source>Proposed
points</source>
        <translation>建议
分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="113"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="114"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RampChart</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="125"/>
        <source>Ramped reps&apos; average</source>
        <translation>成熟销售平均水平</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="129"/>
        <source>Days since hire</source>
        <translation>入职后天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="130"/>
        <source>Won revenue ({unit})</source>
        <translation>赢单收入：{unit}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/charts.py" line="131"/>
        <source>Cumulative won revenue of each new hire by days since hire; dashed: the ramped reps&apos; average</source>
        <translation>每位新员工按入职天数累计的赢单收入；虚线：成熟销售的平均水平</translation>
    </message>
</context>
<context>
    <name>RampPanel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="151"/>
        <source>Cohort (quarter of hire)</source>
        <translation>批次（入职季度）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="152"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="156"/>
        <source>New hires</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="157"/>
        <source>By cohort</source>
        <translation>按批次</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="158"/>
        <source>By mentor</source>
        <translation>按导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="196"/>
        <source>No ramped reps to compare with: the reference line needs reps hired well over a year ago.</source>
        <translation>没有可对比的成熟销售：参考线需要入职一年以上的销售代表。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/ramp_panel.py" line="200"/>
        <source>A ramped rep ({n} reps hired long enough ago) wins {amount} in 90 days on average. New hires: reps hired in the last 365 days or with a plan.</source>
        <translation>成熟销售（{n} 位入职足够久的销售代表）平均每 90 天赢单 {amount}。新员工：最近 365 天内入职或有入职计划的销售代表。</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="240"/>
        <source>Top reps by won amount</source>
        <translation>赢单金额排名前列的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="251"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="252"/>
        <source>{percent} % of quota</source>
        <translation>指标的 {percent}%</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="253"/>
        <source>{amount} · {attainment}</source>
        <translation>{amount} · {attainment}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="254"/>
        <source>{name}
Won: {amount} in {count} deals
Attainment: {attainment}</source>
        <translation>{name}
赢单：{count} 个商机共 {amount}
完成率：{attainment}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="257"/>
        <source>No reps in this period</source>
        <translation>本周期没有销售代表</translation>
    </message>
</context>
<context>
    <name>RatesNote</name>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="42"/>
        <source>{deals} {currency} deals ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="43"/>
        <source>{deals} {currency} deal ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="46"/>
        <source>{deals} are left out of the amounts: no exchange rate.</source>
        <translation>{deals}未计入金额：没有汇率。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="46"/>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="51"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="50"/>
        <source>Amounts in {currencies} are left out: no exchange rate.</source>
        <translation>{currencies} 的金额未计入：没有汇率。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/rates_note.py" line="59"/>
        <source>Enter rates…</source>
        <translation>输入汇率…</translation>
    </message>
</context>
<context>
    <name>RatesTable</name>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="25"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="25"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="66"/>
        <source>Row {row}: {code} is listed twice; keep one rate per currency</source>
        <translation>第 {row} 行：{code} 重复出现；每种币种只保留一个汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="74"/>
        <source>Row {row}: {code} is not a currency code; use three letters such as USD</source>
        <translation>第 {row} 行：{code} 不是币种代码；请使用三个字母，例如 USD</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="77"/>
        <source>Row {row}: {code} is the base currency; its rate is always 1</source>
        <translation>第 {row} 行：{code} 是本位币，其汇率恒为 1</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/rates_table.py" line="84"/>
        <source>Row {row}: the rate of {code} must be a positive number such as 7.10</source>
        <translation>第 {row} 行：{code} 的汇率必须是正数，例如 7.10</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="55"/>
        <source>Customer relationship of {account}</source>
        <translation>{account} 的客户关系</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="58"/>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="59"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="61"/>
        <source>Contract start:</source>
        <translation>合同开始：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="62"/>
        <source>Renewal:</source>
        <translation>续约日：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="63"/>
        <source>Renewal intent:</source>
        <translation>续约意向：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="64"/>
        <source>Payment:</source>
        <translation>付款状态：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/relationship_dialog.py" line="65"/>
        <source>Churned on:</source>
        <translation>流失日：</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="29"/>
        <source>Edit rep</source>
        <translation>编辑销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="29"/>
        <source>Add rep</source>
        <translation>添加销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="38"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="46"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="50"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="56"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="57"/>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="58"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="59"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="60"/>
        <source>&amp;Hire date:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="63"/>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="64"/>
        <source>Mento&amp;r:</source>
        <translation>导师(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="70"/>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="75"/>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="88"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_dialog.py" line="80"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>RepRoles</name>
    <message>
        <location filename="../../salesmgr/views/widgets/roles.py" line="12"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/roles.py" line="13"/>
        <source>Senior rep</source>
        <translation>高级销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/roles.py" line="14"/>
        <source>SDR</source>
        <translation>销售开发代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/roles.py" line="15"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>RepTableModel</name>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="32"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="32"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="32"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="33"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="33"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="33"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="41"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="41"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="72"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/rep_table_model.py" line="74"/>
        <source>Inactive: their deals and history are kept</source>
        <translation>已停用：其商机和历史记录保留</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="59"/>
        <location filename="../../salesmgr/exchange/reports/writer.py" line="81"/>
        <source>Generated: {when}</source>
        <translation>生成时间：{when}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="68"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="68"/>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="69"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="69"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="60"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="106"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="70"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="70"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="105"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="245"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="71"/>
        <source>Quotas</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="71"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="102"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="228"/>
        <source>CSAT responses</source>
        <translation>客户满意度回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="72"/>
        <source>NPS responses</source>
        <translation>NPS 调查回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="72"/>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="73"/>
        <source>Product usage</source>
        <translation>产品使用情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="145"/>
        <location filename="../../salesmgr/exchange/reports/writer.py" line="80"/>
        <location filename="../../salesmgr/exchange/reports/writer.py" line="301"/>
        <source>Period: {period}</source>
        <translation>周期：{period}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="146"/>
        <location filename="../../salesmgr/exchange/reports/request.py" line="57"/>
        <source>Team: {name}</source>
        <translation>团队：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="147"/>
        <location filename="../../salesmgr/exchange/reports/request.py" line="62"/>
        <source>Rep: {name}</source>
        <translation>销售代表：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/export/data.py" line="149"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="38"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="66"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="37"/>
        <source>Won ({currency})</source>
        <translation>赢单额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="39"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="69"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="36"/>
        <source>Quota ({currency})</source>
        <translation>指标（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="40"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="96"/>
        <source>Weighted pipeline ({currency})</source>
        <translation>加权销售漏斗（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="100"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="35"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="44"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="71"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="44"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="46"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="98"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="64"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="48"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="100"/>
        <source>Average sales cycle (days)</source>
        <translation>平均销售周期（天）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="51"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="104"/>
        <source>Data completeness</source>
        <translation>数据完整度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="53"/>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="54"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="106"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="63"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="94"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="193"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="32"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="64"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="67"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="132"/>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="85"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="40"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="95"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="33"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="65"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="67"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="132"/>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="84"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="39"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="96"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="97"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="194"/>
        <source>Target bonus</source>
        <translation>目标奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="98"/>
        <source>Quota</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="99"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="63"/>
        <source>Won</source>
        <translation>赢单额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="101"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="36"/>
        <source>Sales score</source>
        <translation>销售得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="103"/>
        <source>CSAT average</source>
        <translation>满意度均分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="104"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="37"/>
        <source>CSAT score</source>
        <translation>满意度得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="106"/>
        <source>CRM timeliness</source>
        <translation>CRM 及时率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="107"/>
        <source>Required trainings</source>
        <translation>必修培训数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="108"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="236"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="110"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="39"/>
        <source>Process score</source>
        <translation>过程得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="111"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="154"/>
        <source>Sales weight</source>
        <translation>销售权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="112"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="155"/>
        <source>CSAT weight</source>
        <translation>满意度权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="113"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="156"/>
        <source>Process weight</source>
        <translation>过程权重</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="114"/>
        <source>Computed bonus</source>
        <translation>计算奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="115"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="252"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="116"/>
        <source>Payout</source>
        <translation>发放金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="117"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="144"/>
        <source>Bonuses {period}</source>
        <translation>{period} 奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="157"/>
        <source>Sales threshold</source>
        <translation>销售门槛</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="158"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="161"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="159"/>
        <source>Accelerator above 100%</source>
        <translation>超过 100% 的加速系数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="162"/>
        <source>Sales cap</source>
        <translation>销售封顶</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="163"/>
        <source>CSAT target</source>
        <translation>满意度目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="164"/>
        <source>CSAT scale</source>
        <translation>满意度量表上限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="165"/>
        <source>No CSAT responses</source>
        <translation>无满意度回复时</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="166"/>
        <source>zero, full or reweight</source>
        <translation>zero、full 或 reweight</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="167"/>
        <source>CRM timeliness target</source>
        <translation>CRM 及时率目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="169"/>
        <source>Training target</source>
        <translation>培训目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="171"/>
        <source>Default target bonus</source>
        <translation>默认目标奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="172"/>
        <source>Target bonus: {role}</source>
        <translation>目标奖金：{role}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="175"/>
        <source>Plan in force from {period}</source>
        <translation>自 {period} 起生效的方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="181"/>
        <source>{kpi} target</source>
        <translation>{kpi}目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="195"/>
        <source>Per-rep target bonus</source>
        <translation>个人目标奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="214"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="76"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="93"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="215"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="224"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="56"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="75"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="94"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="216"/>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="219"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="68"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="43"/>
        <source>Won deals</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="225"/>
        <source>Responded on</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="226"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="58"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="102"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="167"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="232"/>
        <source>Session</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="233"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="234"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="240"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="240"/>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="241"/>
        <source>Logged</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="242"/>
        <source>Within 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="250"/>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="62"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="250"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="154"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="275"/>
        <source>Approved by {who} on {when} (frozen figures)</source>
        <translation>{who} 于 {when} 审批（冻结数字）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="277"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="52"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="195"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="278"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="279"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="281"/>
        <source>Quarterly bonuses</source>
        <translation>季度奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="73"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="89"/>
        <source>Rep ranking</source>
        <translation>销售代表排名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="145"/>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="220"/>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="68"/>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="74"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="69"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="66"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="77"/>
        <source>Won per rep</source>
        <translation>各销售代表赢单额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="88"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/dashboard.py" line="90"/>
        <source>Sales dashboard</source>
        <translation>销售仪表盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="40"/>
        <source>Stage</source>
        <extracomment>conversion = the next stage&apos;s reached / this stage&apos;s reached</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="41"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="42"/>
        <source>Deals now</source>
        <translation>当前商机数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus.py" line="210"/>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="43"/>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="45"/>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="46"/>
        <source>Conversion to next</source>
        <translation>转化到下一阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="71"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="71"/>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="72"/>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="89"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="102"/>
        <source>Median sales cycle (days)</source>
        <translation>销售周期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="113"/>
        <source>Deals reached per stage</source>
        <translation>各阶段到达的商机数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="114"/>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="116"/>
        <source>Funnel by stage</source>
        <translation>分阶段销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="117"/>
        <source>Open pipeline total</source>
        <translation>在途商机合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="118"/>
        <source>Won total</source>
        <translation>赢单合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="120"/>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/funnel.py" line="122"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="27"/>
        <source>no quota</source>
        <translation>无指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="41"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="41"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="42"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="42"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="43"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="43"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="44"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="44"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="45"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="45"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="46"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="46"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="58"/>
        <source>{quarter} ({first}–{last})</source>
        <translation>{quarter} ({first}–{last})</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="61"/>
        <source>{quarter} 🔒 locked</source>
        <translation>{quarter} 🔒 已锁定</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="66"/>
        <source>{month} ({name})</source>
        <translation>{month}（{name}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="83"/>
        <source>Year {year} ({currency})</source>
        <translation>{year} 全年（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="95"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="53"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="110"/>
        <source>Quotas by rep and fiscal quarter</source>
        <translation>按销售代表和财季的配额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="111"/>
        <source>Company total</source>
        <translation>公司合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="115"/>
        <source>Target ({currency})</source>
        <translation>目标（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="116"/>
        <source>Gap: target - plan ({currency})</source>
        <translation>差额：目标 - 计划（{currency}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="117"/>
        <source>no target set for the year</source>
        <translation>本年度未设定目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="122"/>
        <source>Fiscal year {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="140"/>
        <source>fiscal years {first} to {last}</source>
        <translation>{first} 至 {last} 财年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="141"/>
        <source>fiscal year {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="142"/>
        <source>The fiscal year starts in {month}</source>
        <translation>财年从{month}开始</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/plan.py" line="144"/>
        <source>Quota plan</source>
        <translation>配额计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="63"/>
        <source>Quota attainment by rep and team</source>
        <translation>按销售代表和团队的指标达成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="70"/>
        <location filename="../../salesmgr/exchange/reports/quotas.py" line="72"/>
        <source>Quota attainment</source>
        <translation>指标达成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/request.py" line="38"/>
        <source>all dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/request.py" line="46"/>
        <source>{period} ({start} to {end})</source>
        <translation>{period}（{start} 至 {end}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="112"/>
        <location filename="../../salesmgr/exchange/reports/request.py" line="63"/>
        <source>All teams and reps</source>
        <translation>全部团队和销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/request.py" line="74"/>
        <source>Left out of the amounts: {deals} {currency} deals ({amount}), no exchange rate</source>
        <translation>未计入金额：{deals} 个 {currency} 商机（{amount}），没有汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/request.py" line="76"/>
        <source>Left out of the amounts: {deals} {currency} deal ({amount}), no exchange rate</source>
        <translation>未计入金额：{deals} 个 {currency} 商机（{amount}），没有汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/metrics/summary.py" line="218"/>
        <source>no won or lost deals in the filter</source>
        <translation>筛选范围内没有赢单或输单的商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/metrics/summary.py" line="219"/>
        <source>no won deals with both dates in the filter</source>
        <translation>筛选范围内没有两个日期都齐全的赢单商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/metrics/summary.py" line="220"/>
        <source>no deals in the filter</source>
        <translation>筛选范围内没有商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/metrics/summary.py" line="221"/>
        <source>no quota for this period</source>
        <translation>本周期没有指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/metrics/summary.py" line="222"/>
        <source>the quota is in a currency without an exchange rate</source>
        <translation>指标所用币种没有汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/writer.py" line="137"/>
        <source>{group} total</source>
        <translation>{group} 合计</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/writer.py" line="303"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="19"/>
        <source>{score} ({weight} weight)</source>
        <translation>{score}（权重 {weight}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="52"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/bonus_summary.py" line="67"/>
        <source>Bonus summary {period}</source>
        <translation>{period} 奖金汇总</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="28"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="28"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="29"/>
        <source>score</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="29"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="30"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="52"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="53"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="57"/>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="54"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="102"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="55"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="56"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="57"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="58"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="59"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="60"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="61"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="81"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="137"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="68"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="88"/>
        <source>No goals in the period</source>
        <translation>本期没有目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/goals.py" line="89"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="53"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="53"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="68"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="133"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="69"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="134"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="70"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="135"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="71"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="136"/>
        <source>Day (of 90)</source>
        <translation>第几天（共 90 天）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="99"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="72"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="142"/>
        <source>Done %</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="73"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="138"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="148"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="74"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="140"/>
        <source>Done tasks</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="101"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="75"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="108"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="143"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="76"/>
        <source>Practice (70 %)</source>
        <translation>实践（70%）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="77"/>
        <source>Feedback (20 %)</source>
        <translation>反馈（20%）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="78"/>
        <source>Formal training (10 %)</source>
        <translation>正式培训（10%）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="79"/>
        <source>Next review</source>
        <translation>下次复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="80"/>
        <source>Last review</source>
        <translation>上次复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="97"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="77"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="98"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="99"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="100"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="101"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="103"/>
        <source>Completes itself when</source>
        <translation>自动完成条件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="104"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="105"/>
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="79"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="106"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="168"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="107"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="114"/>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="153"/>
        <source>Held on</source>
        <translation>复盘日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="155"/>
        <source>What went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="156"/>
        <source>What to improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="157"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="161"/>
        <source>Reviews</source>
        <translation>复盘记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="165"/>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="166"/>
        <source>Taken on</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="168"/>
        <source>Passed</source>
        <translation>是否通过</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="171"/>
        <source>Certification results</source>
        <translation>认证成绩</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="43"/>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="190"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="191"/>
        <source>Onboarding plans</source>
        <translation>入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="192"/>
        <source>No onboarding plans to show</source>
        <translation>没有可显示的入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="197"/>
        <source>every plan on {day}</source>
        <translation>{day} 的全部计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="198"/>
        <source>active plans on {day}</source>
        <translation>{day} 进行中的计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/onboarding.py" line="199"/>
        <source>Onboarding status</source>
        <translation>入职状态</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="59"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="132"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="148"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="61"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="85"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="62"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="86"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="65"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="72"/>
        <source>Per grade</source>
        <translation>按等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="82"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="124"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="83"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="84"/>
        <source>Leads matched</source>
        <translation>命中线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="87"/>
        <source>Other leads</source>
        <translation>其他线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="88"/>
        <source>Other converted</source>
        <translation>其他已转化</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="89"/>
        <source>Other conversion</source>
        <translation>其他转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="91"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="127"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="92"/>
        <source>Separates good from bad leads?</source>
        <translation>能否区分好坏线索？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="97"/>
        <source>Per rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="105"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="107"/>
        <source>Score distribution by outcome</source>
        <translation>按结果的分数分布</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="113"/>
        <source>Scoring model version</source>
        <translation>评分模型版本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="114"/>
        <source>Leads created</source>
        <translation>创建的线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="40"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="41"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="115"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="42"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="116"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="44"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="63"/>
        <source>At-risk accounts</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="46"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="81"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="83"/>
        <source>Broken promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="48"/>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="106"/>
        <source>Open hand-offs</source>
        <translation>未完成的交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="50"/>
        <source>Overdue items</source>
        <translation>逾期清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="59"/>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="60"/>
        <source>Weakest inputs</source>
        <translation>最弱的指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="63"/>
        <source>No account at risk</source>
        <translation>没有风险客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="64"/>
        <source>At risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="74"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="77"/>
        <source>Made on</source>
        <translation>做出日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="78"/>
        <source>Broken on</source>
        <translation>违背日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="82"/>
        <source>No promise broken in the quarter</source>
        <translation>本季度没有未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="95"/>
        <source>Sold by</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="96"/>
        <source>Won on</source>
        <translation>赢单日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="97"/>
        <source>Items</source>
        <translation>清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="98"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="102"/>
        <source>Next due</source>
        <translation>下一个到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="103"/>
        <source>Implementation owner</source>
        <translation>实施负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="104"/>
        <source>Customer-success owner</source>
        <translation>客户成功负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="106"/>
        <source>No open hand-off</source>
        <translation>没有未完成的交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="107"/>
        <source>Hand-offs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/committee.py" line="111"/>
        <source>Committee review</source>
        <translation>委员会评审</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="118"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="125"/>
        <source>Current points</source>
        <translation>当前分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="126"/>
        <source>Proposed points</source>
        <translation>建议分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="128"/>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="136"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="130"/>
        <source>Points per rule</source>
        <translation>各规则分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="133"/>
        <source>Current minimum</source>
        <translation>当前下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="134"/>
        <source>Proposed minimum</source>
        <translation>建议下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="135"/>
        <source>Youden&apos;s J</source>
        <translation>约登指数 J</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="138"/>
        <source>Grade thresholds</source>
        <translation>等级阈值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="139"/>
        <source>Proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="149"/>
        <source>Leads (current)</source>
        <translation>线索数（当前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="150"/>
        <source>Converted (current)</source>
        <translation>已转化（当前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="151"/>
        <source>Conversion (current)</source>
        <translation>转化率（当前）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="153"/>
        <source>Leads (proposed)</source>
        <translation>线索数（建议）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="154"/>
        <source>Converted (proposed)</source>
        <translation>已转化（建议）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="155"/>
        <source>Conversion (proposed)</source>
        <translation>转化率（建议）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="161"/>
        <source>What each model gives the period</source>
        <translation>两个模型在该期间的结果</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="166"/>
        <source>leads created {start} to {end}</source>
        <translation>{start} 至 {end} 创建的线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="168"/>
        <source>Scoring model version {version}</source>
        <translation>评分模型第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../salesmgr/exchange/reports/leads.py" line="171"/>
        <source>Monthly lead review</source>
        <translation>月度线索复盘</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="39"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="40"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="41"/>
        <source>Firsts since the last review</source>
        <translation>上次复盘以来的“第一次”</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="42"/>
        <source>Stalled deals (stage, days in it, stalled after)</source>
        <translation>停滞商机（阶段、停留天数、停滞阈值）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="43"/>
        <source>Activities logged more than 24 h late</source>
        <translation>晚于 24 小时录入的活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="44"/>
        <source>Open criteria this month</source>
        <translation>本月未达成的标准</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="45"/>
        <source>Last review&apos;s notes</source>
        <translation>上次复盘记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="52"/>
        <source>{title}, due {day}</source>
        <translation>{title}，{day} 到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="54"/>
        <source>{what}: {day}</source>
        <translation>{what}：{day}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="56"/>
        <source>{deal}: {stage}, {days} days in it (stalled after {threshold})</source>
        <translation>{deal}：{stage}，已停留 {days} 天（超过 {threshold} 天即停滞）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="60"/>
        <source>{day} {subject} ({kind}): logged {hours} h after it happened</source>
        <translation>{day} {subject}（{kind}）：发生后 {hours} 小时才录入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="64"/>
        <source>{title}: {criterion}, due {day}</source>
        <translation>{title}：{criterion}，{day} 到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="66"/>
        <source>Went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="66"/>
        <source>To improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="67"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="69"/>
        <source>{part}: {text}</source>
        <translation>{part}：{text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="74"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="75"/>
        <source>Prepared from the records from {since} to {on}</source>
        <translation>根据 {since} 至 {on} 的记录准备</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="93"/>
        <source>Weekly review of {rep}</source>
        <translation>{rep} 的每周复盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="98"/>
        <source>Preparing the agenda…</source>
        <translation>正在准备议程…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="101"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="102"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="108"/>
        <source>One step per line</source>
        <translation>每行一个步骤</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="127"/>
        <source>Held on:</source>
        <translation>复盘日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="128"/>
        <source>By:</source>
        <translation>撰写人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="129"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="130"/>
        <source>What went well:</source>
        <translation>做得好的：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="131"/>
        <source>What to improve:</source>
        <translation>待改进：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="132"/>
        <source>Next steps:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/review_dialog.py" line="133"/>
        <source>Each line becomes a task of the new hire, due a week after the review.</source>
        <translation>每一行都会成为新员工的一项任务，在复盘一周后到期。</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_panel.py" line="54"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_panel.py" line="84"/>
        <source>A rule separates good from bad leads when the leads it matched convert at least {high} times as often as the others, or at most {low} times as often; with fewer than {few} leads on either side there are too few to tell.</source>
        <translation>当命中规则的线索转化率至少是其他线索的 {high} 倍，或至多是其 {low} 倍时，该规则能区分好线索与差线索；任一侧少于 {few} 条线索则数据太少，无法判断。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_panel.py" line="102"/>
        <source>{leads} leads created from {start} to {end}, scored with scoring model version {version} as of today.</source>
        <translation>{start} 至 {end} 创建的 {leads} 条线索，按评分模型第 {version} 版以今天为准评分。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_panel.py" line="114"/>
        <source>Lead review {start} to {end}</source>
        <translation>线索复盘 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_panel.py" line="119"/>
        <source>Export the lead review</source>
        <translation>导出线索复盘</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="169"/>
        <source>Held on</source>
        <translation>复盘日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="169"/>
        <source>By</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="169"/>
        <source>Went well</source>
        <translation>做得好的</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="169"/>
        <source>To improve</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="170"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="177"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>RoadmapEditor</name>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="51"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="53"/>
        <source>Mark not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="53"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="56"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="61"/>
        <source>Edit phase…</source>
        <translation>编辑阶段…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="62"/>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="95"/>
        <source>Delete milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="96"/>
        <source>Delete the milestone “{title}”? Its goals stay.</source>
        <translation>删除里程碑“{title}”？其关联的目标会保留。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="132"/>
        <source>Remove pilot</source>
        <translation>取消试点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_edits.py" line="133"/>
        <source>Remove {team} as the pilot team? Its deals and goals stay; the comparison is no longer shown.</source>
        <translation>取消 {team} 的试点团队身份？其商机和目标会保留，但不再显示试点对比。</translation>
    </message>
</context>
<context>
    <name>RoadmapPanel</name>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="90"/>
        <source>Phases and milestones</source>
        <translation>阶段与里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="91"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="92"/>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="113"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="113"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="113"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="114"/>
        <source>Goal period</source>
        <translation>目标周期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="114"/>
        <source>Why no value</source>
        <translation>无数值的原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="121"/>
        <source>Baseline quarter:</source>
        <translation>基线季度：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="137"/>
        <source>Set pilot…</source>
        <translation>设置试点…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="139"/>
        <source>Remove pilot</source>
        <translation>取消试点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="143"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="211"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="213"/>
        <source>Double-click or right-click to edit the phase</source>
        <translation>双击或右键单击可编辑该阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="220"/>
        <source>No milestones yet</source>
        <translation>还没有里程碑</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="228"/>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="244"/>
        <source>no goal linked</source>
        <translation>未关联目标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="245"/>
        <source>done on {day}</source>
        <translation>已于 {day} 完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="246"/>
        <source>{status}; measured by: {goals}</source>
        <translation>{status}；衡量目标：{goals}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="247"/>
        <source>Double-click to edit; right-click for more</source>
        <translation>双击可编辑；右键单击查看更多操作</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="262"/>
        <source>No pilot team yet: choose one with “Set pilot…” on the Pilot tab.</source>
        <translation>还没有试点团队：请在“试点”标签页点击“设置试点…”选择。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="264"/>
        <source>Pilot: {team} since {start}. {note}</source>
        <translation>试点：{team}，自 {start} 起。{note}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="274"/>
        <source>{baseline} → {target}</source>
        <translation>{baseline} → {target}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="297"/>
        <source>No pilot team yet.</source>
        <translation>还没有试点团队。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="299"/>
        <source>The difference cannot be computed: {reason}.</source>
        <translation>无法计算差异：{reason}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="301"/>
        <source>Difference in differences: {value} ({verdict}). The pilot changed by {pilot}, the other teams by {others}.</source>
        <translation>双重差分：{value}（{verdict}）。试点团队变化 {pilot}，其他团队变化 {others}。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="304"/>
        <source>the pilot did better</source>
        <translation>试点效果更好</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="304"/>
        <source>the pilot did not do better</source>
        <translation>试点没有更好</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/roadmap_panel.py" line="308"/>
        <source>The after window has not ended yet.</source>
        <translation>试点后的窗口尚未结束。</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="62"/>
        <source>Lead routing</source>
        <translation>线索分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="69"/>
        <source> open leads per rep</source>
        <translation> 条未结线索/人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="71"/>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="175"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="71"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="71"/>
        <source>Takes leads</source>
        <translation>接收线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="72"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="72"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="72"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="73"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="79"/>
        <source>Route now assigns the unassigned MQLs and shows who got which lead here.</source>
        <translation>“立即分配”会分配尚未分配的 MQL，并在此显示每条线索分给了谁。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="85"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="86"/>
        <source>Route now</source>
        <translation>立即分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="96"/>
        <source>Assign MQLs:</source>
        <translation>MQL 分配方式：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="97"/>
        <source>To the reps of:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="98"/>
        <source>Default capacity:</source>
        <translation>默认容量：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="99"/>
        <source>A rep at capacity gets no more leads. Leave a rep&apos;s capacity empty for the default; type regions and industries separated by commas.</source>
        <translation>已满额的销售不再接收线索。容量留空即使用默认值；区域和行业用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="116"/>
        <source>Round robin within the team</source>
        <translation>团队内轮流分配</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="117"/>
        <source>By territory (region)</source>
        <translation>按区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="118"/>
        <source>By industry</source>
        <translation>按行业</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="119"/>
        <source>By current open-lead load</source>
        <translation>按当前未结线索负载</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="129"/>
        <source>Every team</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="150"/>
        <source>Managers do not take routed leads</source>
        <translation>经理不接收分配的线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="169"/>
        <source>{assigned} assigned, {left} left unassigned, {nurtured} moved to the nurturing list</source>
        <translation>已分配 {assigned} 条，未分配 {left} 条，{nurtured} 条转入培育名单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="175"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="175"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="175"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="175"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/routing_dialog.py" line="203"/>
        <source>The capacity of {rep} must be a whole number, or empty for the default.</source>
        <translation>{rep} 的容量必须是整数，留空则使用默认值。</translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="82"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="82"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="82"/>
        <source>Leads
matched</source>
        <translation>命中
线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="82"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="83"/>
        <source>Other
leads</source>
        <translation>其他
线索数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="83"/>
        <source>Other
conversion</source>
        <translation>其他
转化率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="83"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="83"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="84"/>
        <source>Separates good
from bad leads?</source>
        <translation>能否区分
好坏线索？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="105"/>
        <source>Lift = conversion of the leads it matched / conversion of the other leads. Between 0.8 and 1.25 the rule does not separate good from bad leads; fewer than 20 leads on either side is too few to tell.</source>
        <translation>提升度 = 命中线索的转化率 / 其他线索的转化率。在 0.8 与 1.25 之间时该规则无法区分好线索与差线索；任一侧少于 20 条线索则数据太少，无法判断。</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="100"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="100"/>
        <source>Field or behaviour</source>
        <translation>字段或行为</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="100"/>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="100"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="101"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/model_tables.py" line="101"/>
        <source>Decay per 30 days</source>
        <translation>每 30 天衰减</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="148"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="153"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="156"/>
        <source>The whole file is imported in one step: Cancel stops it and nothing is written.</source>
        <translation>整个文件一次性导入：点击“取消”将终止导入，且不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="173"/>
        <source>Checking {file} (dry run)…</source>
        <translation>正在检查 {file}（试运行）…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="173"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="174"/>
        <source>The whole export is imported in one step: Cancel stops it and nothing is written.</source>
        <translation>整套导出一次性导入：点击“取消”将终止导入，且不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="179"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="192"/>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="207"/>
        <source>Writing to the database…</source>
        <translation>正在写入数据库…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="194"/>
        <source>{done} of {total} rows</source>
        <translation>{done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="209"/>
        <source>{file}: file {n} of {count}</source>
        <translation>{file}：第 {n} 个文件，共 {count} 个</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="214"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/import_pages.py" line="222"/>
        <source>Go back to change the options, or close the wizard.</source>
        <translation>返回上一步修改选项，或关闭向导。</translation>
    </message>
</context>
<context>
    <name>SaveModelDialog</name>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="17"/>
        <source>Save the scoring model</source>
        <translation>保存评分模型</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="21"/>
        <source>why the rules changed (optional)</source>
        <translation>规则为何修改（可选）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="22"/>
        <source>Saved by:</source>
        <translation>保存人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="23"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="24"/>
        <source>Save and rescore</source>
        <translation>保存并重新评分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/save_model_dialog.py" line="31"/>
        <source>Say who saves the model.</source>
        <translation>请填写保存模型的人。</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="27"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="27"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="27"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="28"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="28"/>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="28"/>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="29"/>
        <source>Licensed users</source>
        <translation>授权用户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="30"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="30"/>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="30"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="30"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="32"/>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="33"/>
        <source>Usage per month</source>
        <translation>每月使用情况</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="36"/>
        <source>CSAT and NPS answers</source>
        <translation>CSAT 与 NPS 答卷</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/service_tab.py" line="48"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="53"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="56"/>
        <source>&amp;Base currency:</source>
        <translation>本位币(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="57"/>
        <source>&amp;Fiscal year starts in:</source>
        <translation>财年起始月份(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="58"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="70"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="71"/>
        <source>&amp;Add rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="73"/>
        <source>&amp;Remove rate</source>
        <translation>删除汇率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="95"/>
        <source>1 unit of each currency = the rate in {base}. Changing the base currency re-expresses the rates in the new one when you save (it needs a rate for the new base).</source>
        <translation>每种币种 1 单位 = 汇率 × {base}。更改本位币后，保存时会将汇率换算为新本位币（需要新本位币的汇率）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/settings/dialog.py" line="133"/>
        <source>{code} is not a currency code; use three letters such as USD</source>
        <translation>{code} 不是币种代码；请使用三个字母，例如 USD</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="45"/>
        <source>Owner: {department}</source>
        <translation>负责部门：{department}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="47"/>
        <source>{count} now</source>
        <translation>当前 {count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="49"/>
        <source>{count} now ({leads})</source>
        <translation>当前 {count}（{leads}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="50"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="52"/>
        <source>{count} lost here</source>
        <translation>在此流失 {count}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="53"/>
        <source>In stage: median {median} days, average {average}</source>
        <translation>停留：中位数 {median} 天，平均 {average}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="56"/>
        <source>To leave: median {median} days</source>
        <translation>离开用时：中位数 {median} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="57"/>
        <source>To leave: not measured</source>
        <translation>离开用时：无法测量</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="60"/>
        <source>Hand over: {requirement}</source>
        <translation>交接要求：{requirement}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="62"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_tab.py" line="69"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="70"/>
        <source>Edit journey stage</source>
        <translation>编辑旅程阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="78"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="79"/>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="81"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="80"/>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="81"/>
        <source>Hand-over requirement</source>
        <translation>交接要求</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="81"/>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="85"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="86"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="95"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="123"/>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="173"/>
        <source>Delete touchpoint</source>
        <translation>删除触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="124"/>
        <source>Delete the touchpoint {name}?</source>
        <translation>删除触点“{name}”？</translation>
    </message>
</context>
<context>
    <name>StageDurationChart</name>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="308"/>
        <source>Average days in each open stage</source>
        <translation>各进行中阶段的平均停留天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="309"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="319"/>
        <source>no completed stays</source>
        <translation>尚无完整停留记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="320"/>
        <source>{stage}
No deal has left this stage yet</source>
        <translation>{stage}
尚无商机离开此阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="322"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="324"/>
        <source>{stage}
Average stay: {days}</source>
        <translation>{stage}
平均停留：{days}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/dashboard/charts.py" line="326"/>
        <source>No open stages</source>
        <translation>没有进行中的阶段</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="39"/>
        <source>Pipeline stages</source>
        <translation>销售漏斗阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="42"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="43"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="44"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="45"/>
        <source>Remove stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="53"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="54"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="55"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="58"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="62"/>
        <source>One checklist item per line</source>
        <translation>每行一个检查项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="66"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="67"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="68"/>
        <source>Default probability:</source>
        <translation>默认赢率：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="69"/>
        <source>Entry criteria:</source>
        <translation>准入标准：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="70"/>
        <source>Exit criteria:</source>
        <translation>准出标准：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="72"/>
        <source>Write one checklist item per line; empty lines are dropped. Open stages come first, then the won and lost stages.</source>
        <translation>每行写一个检查项，空行会被忽略。进行中的阶段排在前面，然后是赢单和输单阶段。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="138"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../salesmgr/views/pipeline/stage_editor.py" line="209"/>
        <source>Deals in this stage: %n</source>
        <translation>
            <numerusform>此阶段的商机：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="29"/>
        <source>Lead identified</source>
        <translation>线索识别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="30"/>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="31"/>
        <source>Solution demo</source>
        <translation>方案演示</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="32"/>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="33"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="34"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="38"/>
        <source>Company and contact identified</source>
        <translation>已确认公司和联系人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="39"/>
        <source>Fits the ideal customer profile</source>
        <translation>符合理想客户画像</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="40"/>
        <source>Customer agreed to a needs discussion</source>
        <translation>客户同意进行需求沟通</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="41"/>
        <source>Customer confirmed the core needs</source>
        <translation>客户已确认核心需求</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="42"/>
        <source>Decision maker and budget known</source>
        <translation>已明确决策人和预算</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="43"/>
        <source>Customer accepts the proposed solution</source>
        <translation>客户接受建议方案</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="44"/>
        <source>Customer agrees to start commercial negotiation</source>
        <translation>客户同意启动商务谈判</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="45"/>
        <source>Contract terms agreed</source>
        <translation>合同条款已达成一致</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="46"/>
        <source>Delivery feasibility confirmed with the product team</source>
        <translation>已与产品团队确认交付可行性</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="47"/>
        <source>Contract signed</source>
        <translation>合同已签署</translation>
    </message>
    <message>
        <location filename="../../salesmgr/models/pipeline/builtin.py" line="48"/>
        <source>Loss reason recorded</source>
        <translation>已记录输单原因</translation>
    </message>
</context>
<context>
    <name>StalledPanel</name>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="54"/>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="75"/>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="61"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="61"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="61"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="61"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="61"/>
        <source>Days in stage</source>
        <translation>在此阶段天数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="62"/>
        <source>Threshold (days)</source>
        <translation>阈值（天）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="62"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="106"/>
        <source>Stalled deals ({n})</source>
        <translation>停滞商机（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="126"/>
        <source>The stalled deals could not be loaded: {reason}</source>
        <translation>无法加载停滞商机：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/pipeline/stalled_panel.py" line="137"/>
        <source>Open deals past their stage&apos;s stall threshold, as of {day}</source>
        <translation>截至 {day}，在当前阶段停留超过停滞阈值的进行中商机</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="73"/>
        <location filename="../../salesmgr/views/bonus/statement.py" line="115"/>
        <source>Statement</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="75"/>
        <source>Choose a rep in the table to see how each figure was computed.</source>
        <translation>在表格中选择一位销售代表，查看每个数字的计算方式。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="77"/>
        <source>Add adjustment…</source>
        <translation>添加调整…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="80"/>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="80"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="80"/>
        <source>How it was computed</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="82"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="82"/>
        <location filename="../../salesmgr/views/bonus/statement.py" line="85"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="82"/>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="82"/>
        <location filename="../../salesmgr/views/bonus/statement.py" line="87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="83"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="83"/>
        <source>Happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="83"/>
        <source>Logged</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="84"/>
        <source>Within 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="85"/>
        <source>Answered</source>
        <translation>回复日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="85"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="86"/>
        <source>Session</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="86"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="87"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="87"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="87"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="89"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="89"/>
        <source>Won deals</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="90"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="90"/>
        <source>Survey responses</source>
        <translation>满意度回复</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="91"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="91"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="121"/>
        <source>Statement: {rep}</source>
        <translation>明细：{rep}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="131"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/bonus/statement.py" line="131"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="31"/>
        <source>Open database: {path}</source>
        <translation>已打开的数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="38"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="40"/>
        <source>1 rep</source>
        <translation>1 名销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="40"/>
        <source>{n} reps</source>
        <translation>{n} 名销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="41"/>
        <source>1 opportunity</source>
        <translation>1 个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/widgets/status_area.py" line="42"/>
        <source>{n} opportunities</source>
        <translation>{n} 个商机</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="46"/>
        <source>Accept the proposal…</source>
        <translation>采纳建议…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="63"/>
        <source>Points per rule: current and proposed</source>
        <translation>各规则分值：当前与建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="66"/>
        <source>Grade thresholds</source>
        <translation>等级阈值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="68"/>
        <source>What each model gives the period</source>
        <translation>两个模型在该期间的结果</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="78"/>
        <source>Proposed points = 20 x log2(lift), rounded to 5: a rule whose leads convert twice as often as the others earns 20 points, one that halves conversion loses 20. Each grade&apos;s proposed minimum is the score that best separates the leads that became opportunities from the others among the leads below the grade above (the largest Youden&apos;s J = share of converted leads reached - share of the others reached).</source>
        <translation>建议分值 = 20 × log2(提升度)，取整到 5 的倍数：命中线索转化率是其他线索两倍的规则得 20 分，使转化率减半的规则扣 20 分。每个等级的建议下限，是在上一等级以下的线索中最能区分已转化为商机的线索与其他线索的分数（约登指数 J 最大 = 达到该分数的已转化线索占比 - 达到该分数的其他线索占比）。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="96"/>
        <source>Proposed from the {leads} leads created from {start} to {end}, beside the current scoring model (version {version}).</source>
        <translation>根据 {start} 至 {end} 创建的 {leads} 条线索提出，与当前评分模型（第 {version} 版）对照。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="99"/>
        <source>The proposal is the current model: there is nothing to accept.</source>
        <translation>建议与当前模型相同：无需采纳。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="111"/>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="117"/>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="136"/>
        <source>Accept the proposal</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="112"/>
        <source>Who accepts the proposed model?</source>
        <translation>由谁采纳建议的模型？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="115"/>
        <source>Save the proposed model as version {version}, accepted by {by}, and rescore every lead with it?</source>
        <translation>将建议的模型保存为第 {version} 版（由 {by} 采纳），并用它重新为所有线索评分？</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="119"/>
        <source>Monthly review {start} to {end}</source>
        <translation>月度复盘 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/suggest_panel.py" line="132"/>
        <source>Saved as scoring model version {version}; every lead was rescored.</source>
        <translation>已保存为评分模型第 {version} 版；所有线索已重新评分。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="35"/>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="100"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="43"/>
        <source>Rows read:</source>
        <translation>已读取行数：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="43"/>
        <source>Inserted:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="43"/>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="43"/>
        <source>Unchanged:</source>
        <translation>未变更：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="44"/>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="44"/>
        <source>New stages:</source>
        <translation>新增阶段：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="44"/>
        <source>New reps:</source>
        <translation>新增销售代表：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="44"/>
        <source>New accounts:</source>
        <translation>新增客户：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="45"/>
        <source>Duplicate rows:</source>
        <translation>重复行：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="45"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="73"/>
        <source>Rejected rows ({n})</source>
        <translation>被拒绝的行（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="74"/>
        <source>Warnings ({n})</source>
        <translation>警告（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="77"/>
        <source>New and duplicate records ({n})</source>
        <translation>新增与重复记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="75"/>
        <source>Changed quotas ({n})</source>
        <translation>已修改的配额（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="76"/>
        <source>New, duplicate and skipped records ({n})</source>
        <translation>新增、重复与跳过的记录（{n}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="79"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="74"/>
        <source>{deals} {currency} deals ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="75"/>
        <source>{deals} {currency} deal ({amount})</source>
        <translation>{deals} 个 {currency} 商机（{amount}）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/result_page.py" line="77"/>
        <source>No exchange rate to {base} for {deals}: their amounts are left out of the figures until you enter a rate.</source>
        <translation>{deals}没有到 {base} 的汇率：输入汇率之前，这些金额不计入各项数字。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="83"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="83"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="83"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="95"/>
        <source>Nothing was written: the file changes locked quarters</source>
        <translation>未写入任何内容：文件修改了已锁定的季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="97"/>
        <source>Nothing was written: Strict is on and some rows would be rejected</source>
        <translation>未写入任何数据：已启用严格模式，且部分行将被拒绝</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="99"/>
        <source>Dry run finished: nothing was written</source>
        <translation>试运行完成：未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="106"/>
        <source>1 row would be rejected (listed below). Fix it in the file, or clear Strict to import the other rows.</source>
        <translation>1 行将被拒绝（见下方列表）。请在文件中修正，或取消勾选“严格模式”以导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="109"/>
        <source>{n} rows would be rejected (listed below). Fix them in the file, or clear Strict to import the other rows.</source>
        <translation>{n} 行将被拒绝（见下方列表）。请在文件中修正，或取消勾选“严格模式”以导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="112"/>
        <source>This is what the import would do. Go back and clear Dry run to import for real.</source>
        <translation>以上是导入的预期结果。返回上一步并取消勾选“试运行”即可正式导入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="113"/>
        <source>Imported from {file}.</source>
        <translation>已从 {file} 导入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="125"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/exchange/summary_page.py" line="126"/>
        <source>Quota of {rep}, {period}: {before} -&gt; {after}</source>
        <translation>{rep} 的配额，{period}：{before} -&gt; {after}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="37"/>
        <source>Edit template task</source>
        <translation>编辑模板任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="37"/>
        <source>Add template task</source>
        <translation>添加模板任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="55"/>
        <source>None: ticked by hand</source>
        <translation>无：手动勾选</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="62"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="63"/>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="64"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="65"/>
        <source>Due on day (1-90):</source>
        <translation>到期天（1-90）：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="66"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="67"/>
        <source>Hours:</source>
        <translation>工时：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_dialogs.py" line="68"/>
        <source>Completed by the data when:</source>
        <translation>数据自动完成条件：</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="112"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="112"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="112"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="112"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="112"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="113"/>
        <source>Criterion</source>
        <translation>完成标准</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="113"/>
        <source>Done on / by</source>
        <translation>完成日期 / 完成人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="132"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="134"/>
        <source>{day}, {by}</source>
        <translation>{day}，{by}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="149"/>
        <source>A next step agreed in a weekly review</source>
        <translation>每周复盘中约定的下一步</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="152"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_tables.py" line="154"/>
        <source>Completes itself when the data shows it</source>
        <translation>数据满足时自动完成</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="18"/>
        <source>Edit team</source>
        <translation>编辑团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="18"/>
        <source>Add team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="21"/>
        <source>e.g. North, EMEA</source>
        <translation>例如：华北、华东</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="22"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_dialog.py" line="25"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="85"/>
        <source>Search name, e-mail or team</source>
        <translation>搜索姓名、邮箱或团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="89"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="91"/>
        <source>Add rep…</source>
        <translation>添加销售代表…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="92"/>
        <location filename="../../salesmgr/views/team/page.py" line="107"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="93"/>
        <location filename="../../salesmgr/views/team/page.py" line="206"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="95"/>
        <location filename="../../salesmgr/views/team/page.py" line="103"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="106"/>
        <source>Add team…</source>
        <translation>添加团队…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="109"/>
        <location filename="../../salesmgr/views/team/page.py" line="111"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="121"/>
        <source>Search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="122"/>
        <source>Inactive reps shown</source>
        <translation>包含已停用的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="123"/>
        <source>Active reps only</source>
        <translation>仅在职销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="206"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="257"/>
        <source>Deactivate {name}? Their deals and history are kept, and you can reactivate them later.</source>
        <translation>停用 {name}？其商机和历史记录会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="259"/>
        <source>Deactivate rep</source>
        <translation>停用销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/page.py" line="282"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="19"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="19"/>
        <source>Active reps</source>
        <translation>在职销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="19"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="28"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="28"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team/team_table_model.py" line="56"/>
        <source>{name} is inactive</source>
        <translation>{name} 已停用</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="37"/>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="124"/>
        <source>Hand-off checklist template</source>
        <translation>交接清单模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="38"/>
        <source>Item</source>
        <translation>清单项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="38"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="38"/>
        <source>Due after the win</source>
        <translation>赢单后到期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="39"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="47"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="48"/>
        <source>New hand-offs get this item</source>
        <translation>新交接包含此项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="51"/>
        <source>Item:</source>
        <translation>清单项:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="52"/>
        <source>Department:</source>
        <translation>部门:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="53"/>
        <source>Due:</source>
        <translation>到期:</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="56"/>
        <source>Add as new</source>
        <translation>添加为新项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="56"/>
        <source>Save item</source>
        <translation>保存此项</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="57"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="57"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="58"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="69"/>
        <source>Every deal won gets a hand-off with these items. Changes apply to the hand-offs made from now on.</source>
        <translation>每个赢单的商机都会生成包含这些清单项的交接。修改只影响今后生成的交接。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="85"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="85"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/handoff_template_dialog.py" line="87"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="21"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="21"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="21"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="21"/>
        <source>Mix 70/20/10</source>
        <translation>结构 70/20/10</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="21"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="42"/>
        <source>Planned hours by category: practice / feedback / formal training, in %</source>
        <translation>按类别的计划工时：实践 / 反馈 / 正式培训，单位 %</translation>
    </message>
</context>
<context>
    <name>TemplateTaskTableModel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="50"/>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="50"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="50"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="50"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="50"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/template_tables.py" line="51"/>
        <source>Criterion</source>
        <translation>完成标准</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="54"/>
        <source>Copy…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="55"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="56"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="57"/>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="58"/>
        <source>Edit task…</source>
        <translation>编辑任务…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="59"/>
        <source>Delete task…</source>
        <translation>删除任务…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="96"/>
        <source>A template&apos;s tasks are copied into each plan made from it: changing the template changes no plan already made.</source>
        <translation>模板的任务会复制到由它创建的每个计划中：修改模板不会改变已创建的计划。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="142"/>
        <source>Copy of {name}</source>
        <translation>{name} 副本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="143"/>
        <source>Copy template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="152"/>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="161"/>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="162"/>
        <source>Delete the template “{name}” and its {n} tasks? The plans made from it keep their tasks.</source>
        <translation>删除模板“{name}”及其 {n} 项任务？由它创建的计划会保留各自的任务。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="196"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/templates_panel.py" line="197"/>
        <source>Delete the task “{title}” from the template? Plans already made keep it.</source>
        <translation>从模板中删除任务“{title}”？已创建的计划会保留该任务。</translation>
    </message>
</context>
<context>
    <name>ThresholdTable</name>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="134"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="134"/>
        <source>Current
minimum</source>
        <translation>当前
下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="134"/>
        <source>Proposed
minimum</source>
        <translation>建议
下限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="134"/>
        <source>Youden&apos;s J</source>
        <translation>约登指数 J</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/leads/review_tables.py" line="135"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TickDialog</name>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="123"/>
        <source>Mark task done</source>
        <translation>标记任务完成</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="124"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="128"/>
        <source>Done on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="129"/>
        <source>Done by:</source>
        <translation>完成人：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/onboarding/plan_dialogs.py" line="130"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="19"/>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="24"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="24"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="24"/>
        <source>About</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="26"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/timeline_widget.py" line="44"/>
        <source>{count} entries</source>
        <translation>{count} 条记录</translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="52"/>
        <source>Add touchpoint</source>
        <translation>添加触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="52"/>
        <source>Edit touchpoint</source>
        <translation>编辑触点</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="58"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/journey_dialogs.py" line="59"/>
        <source>Hand-over requirement</source>
        <translation>交接要求</translation>
    </message>
</context>
<context>
    <name>ValueTab</name>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="62"/>
        <source>Add cost entry…</source>
        <translation>添加成本记录…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="63"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="64"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="73"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="73"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="73"/>
        <source>Revenue per customer</source>
        <translation>客均收入</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="74"/>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="74"/>
        <source>Lifetime (months)</source>
        <translation>生命周期（月）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="74"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="74"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="75"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="75"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="75"/>
        <source>LTV/CAC</source>
        <translation>LTV/CAC</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="76"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="76"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="76"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="76"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="85"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="89"/>
        <source>Cost entries of the quarter</source>
        <translation>本季度的成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="118"/>
        <source>Company: LTV {ltv} = {arpc} per customer x {months} months; CAC {cac}; LTV/CAC {ratio}</source>
        <translation>公司：LTV {ltv} = 客均 {arpc} × {months} 个月；CAC {cac}；LTV/CAC {ratio}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="125"/>
        <source>Cost entries of longer periods are not counted in a quarter: {periods}</source>
        <translation>更长期间的成本记录不计入季度：{periods}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="150"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="165"/>
        <source>Team: {name}</source>
        <translation>团队：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="166"/>
        <source>Source: {name}</source>
        <translation>来源：{name}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="209"/>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="218"/>
        <source>Delete cost entry</source>
        <translation>删除成本记录</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/customers/value_tab.py" line="210"/>
        <source>Delete the cost entry of {period} ({amount})?</source>
        <translation>删除 {period} 的成本记录（{amount}）？</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="41"/>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="42"/>
        <location filename="../../salesmgr/views/welcome/page.py" line="99"/>
        <location filename="../../salesmgr/views/welcome/page.py" line="123"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="46"/>
        <source>Welcome to salesmgr</source>
        <translation>欢迎使用 salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="47"/>
        <source>This database is empty. Start from your own data by importing your CRM&apos;s export, or load demo data to see how quotas, the funnel, bonuses and onboarding plans work.</source>
        <translation>这个数据库还是空的。你可以导入 CRM 的导出文件，从自己的数据开始；也可以加载演示数据，先看看目标指标、销售漏斗、奖金和入职计划如何运作。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="51"/>
        <source>Excel or CSV exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke or Xiaoshouyi.</source>
        <translation>来自 Salesforce、HubSpot、Pipedrive、Odoo、纷享销客或销售易的 Excel 或 CSV 导出文件。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="54"/>
        <source>A sample sales team with accounts, leads and opportunities, to try every page first. Only into an empty database.</source>
        <translation>一个示例销售团队，包含客户、线索和商机，可先试用每个页面。仅能加载到空数据库。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="99"/>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome/page.py" line="107"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>_RunnerDialog</name>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="53"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="54"/>
        <source>Year</source>
        <translation>全年</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="58"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="59"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="105"/>
        <source>Total: {amount}</source>
        <translation>合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="107"/>
        <source>Rounding: {amount} (cents given to the largest remainders)</source>
        <translation>舍入：{amount}（尾差分给余数最大的项）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/goals/dialogs.py" line="130"/>
        <source>Write the {what} as a number, like 42000000 or 4200万</source>
        <translation>请把{what}写成数字，例如 42000000 或 4200万</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../salesmgr/views/app.py" line="114"/>
        <source>salesmgr cannot start</source>
        <translation>salesmgr 无法启动</translation>
    </message>
</context>
</TS>
