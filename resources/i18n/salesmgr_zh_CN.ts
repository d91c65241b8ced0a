<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="23"/>
        <source>no exchange rate from {currency} to {base}; add one with &apos;salesmgr rate set {currency} RATE&apos;</source>
        <translation>没有从 {currency} 到 {base} 的汇率；请用“salesmgr rate set {currency} 汇率”添加</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="24"/>
        <source>an exchange rate must be positive, not {rate}</source>
        <translation>汇率必须为正数，不能是 {rate}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="25"/>
        <source>{path} is a folder; give the path of a database file inside it</source>
        <translation>{path} 是一个文件夹；请给出其中数据库文件的路径</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="26"/>
        <source>{path} cannot be read; check its permissions</source>
        <translation>无法读取 {path}；请检查其权限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="27"/>
        <source>{path} is read-only; copy it to a writable folder or change its permissions</source>
        <translation>{path} 是只读的；请把它复制到可写的文件夹，或修改其权限</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="28"/>
        <source>the folder {folder} is read-only; choose a writable place for the database</source>
        <translation>文件夹 {folder} 是只读的；请为数据库选择一个可写的位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="29"/>
        <source>{path} was written by a newer salesmgr (schema {revision}); install the newer salesmgr to open it</source>
        <translation>{path} 由更新版本的 salesmgr 写入（结构版本 {revision}）；请安装新版 salesmgr 后再打开</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="30"/>
        <source>{target} is not a database path or URL; give a file path or a URL such as sqlite:///sales.sqlite</source>
        <translation>{target} 不是数据库路径或 URL；请给出文件路径或类似 sqlite:///sales.sqlite 的 URL</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="31"/>
        <source>{path} does not exist; run &apos;salesmgr init&apos; to create it</source>
        <translation>{path} 不存在；请运行“salesmgr init”创建它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="32"/>
        <source>cannot create the folder {folder} ({reason}); choose another place for the database</source>
        <translation>无法创建文件夹 {folder}（{reason}）；请为数据库选择其他位置</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="33"/>
        <source>{path} is already open in another salesmgr (process {pid}); close it there first</source>
        <translation>{path} 已在另一个 salesmgr（进程 {pid}）中打开；请先在那里关闭它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="34"/>
        <source>{path} is already open in another salesmgr; close it there first</source>
        <translation>{path} 已在另一个 salesmgr 中打开；请先在那里关闭它</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="35"/>
        <source>cannot use {url}: {reason}; check the URL or install its database driver</source>
        <translation>无法使用 {url}：{reason}；请检查 URL 或安装相应的数据库驱动</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="36"/>
        <source>{path} cannot be opened as a database ({reason}); choose another database file</source>
        <translation>{path} 无法作为数据库打开（{reason}）；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="37"/>
        <source>cannot open the database: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="38"/>
        <source>{path} holds tables but is not a salesmgr database; choose another database file</source>
        <translation>{path} 含有数据表，但不是 salesmgr 数据库；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="39"/>
        <source>{path} is not a salesmgr database (not an SQLite file); choose another database file</source>
        <translation>{path} 不是 salesmgr 数据库（不是 SQLite 文件）；请选择其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="40"/>
        <source>the database already holds data; demo data loads only into an empty database (on the command line, --force replaces the data)</source>
        <translation>数据库中已有数据；演示数据只能加载到空数据库（在命令行中可用 --force 替换现有数据）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="41"/>
        <source>demo data needs at least one rep and one opportunity</source>
        <translation>演示数据至少需要一名销售代表和一个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="42"/>
        <source>demo data needs at least one open, one won and one lost pipeline stage</source>
        <translation>演示数据至少需要一个进行中、一个赢单和一个输单的漏斗阶段</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="43"/>
        <source>money must not come from a float; pass a string</source>
        <translation>金额不能来自浮点数；请传入字符串</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="44"/>
        <source>not an ISO 4217 currency code: {code} (use three letters such as CNY, USD, EUR)</source>
        <translation>{code} 不是 ISO 4217 货币代码（请使用三个字母，如 CNY、USD、EUR）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="45"/>
        <source>not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="46"/>
        <source>no rep with id {id}</source>
        <translation>没有 ID 为 {id} 的销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="47"/>
        <source>a rep needs a name</source>
        <translation>销售代表需要填写姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="48"/>
        <source>unknown role {role}; use one of {roles}</source>
        <translation>未知角色 {role}；请使用以下之一：{roles}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="49"/>
        <source>{email} is not an e-mail address</source>
        <translation>{email} 不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="50"/>
        <source>{email} is already the e-mail of {name}</source>
        <translation>{email} 已是 {name} 的邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="51"/>
        <source>a team needs a name</source>
        <translation>团队需要填写名称</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="52"/>
        <source>there is already a team called {name}</source>
        <translation>已有名为 {name} 的团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="53"/>
        <source>a rep cannot be their own manager or mentor</source>
        <translation>销售代表不能是自己的经理或导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/messages.py" line="54"/>
        <source>no team with id {id}</source>
        <translation>没有 ID 为 {id} 的团队</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="45"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="46"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="47"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="48"/>
        <source>Goals &amp; Quotas</source>
        <translation>目标与指标</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="49"/>
        <source>Onboarding</source>
        <translation>入职计划</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="50"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="51"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="52"/>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="139"/>
        <source>&amp;About salesmgr</source>
        <translation>关于 salesmgr(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="144"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="145"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="146"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="149"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="150"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="156"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="157"/>
        <source>&amp;Add rep…</source>
        <translation>添加销售代表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="178"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="192"/>
        <source>{page} – salesmgr</source>
        <translation>{page} – salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="200"/>
        <source>Demo data loaded: {reps} reps, {opportunities} opportunities.</source>
        <translation>演示数据已加载：{reps} 名销售代表，{opportunities} 个商机。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="221"/>
        <source>Open database: {path}</source>
        <translation>当前数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="237"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="239"/>
        <source>1 rep</source>
        <translation>1 名销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="239"/>
        <source>{n} reps</source>
        <translation>{n} 名销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="240"/>
        <source>1 opportunity</source>
        <translation>1 个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="241"/>
        <source>{n} opportunities</source>
        <translation>{n} 个商机</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="250"/>
        <source>salesmgr</source>
        <translation>salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="254"/>
        <source>&lt;h3&gt;salesmgr {version}&lt;/h3&gt;&lt;p&gt;Offline sales management: quotas, funnel, bonuses, onboarding and CRM imports.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;salesmgr {version}&lt;/h3&gt;&lt;p&gt;离线销售管理：目标指标、销售漏斗、奖金、入职计划与 CRM 导入。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="259"/>
        <source>About salesmgr</source>
        <translation>关于 salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="263"/>
        <location filename="../../salesmgr/views/main_window.py" line="269"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="270"/>
        <source>{path} already exists; choose Open database… to open it.</source>
        <translation>{path} 已存在；请用“打开数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="275"/>
        <location filename="../../salesmgr/views/main_window.py" line="291"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/main_window.py" line="286"/>
        <source>That database is already open.</source>
        <translation>该数据库已经打开。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="17"/>
        <source>Funnel health at a glance: the count and amount of opportunities in each stage over the last three months, forecast accuracy, the ranking of reps by attainment and the distribution of customer health. Every number is computed from the database, never typed twice.</source>
        <translation>一眼看清销售漏斗健康度：过去三个月各阶段的商机数量与金额、销售预测准确性、销售代表完成率排名以及客户健康度分布。每个数字都由数据库计算得出，无需重复录入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="22"/>
        <source>KPI tiles and funnel charts come with the pipeline feature.</source>
        <translation>KPI 卡片和漏斗图将随销售漏斗功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="28"/>
        <source>Opportunities by stage (lead identified, needs confirmed, solution demo, negotiation, closed), each stage with its entry and exit criteria. The page shows where deals stall and how long each stage takes, with SPIN question prompts and competitor battle cards to help the rep move a deal on.</source>
        <translation>按阶段（线索识别、需求确认、方案演示、商务谈判、成交）查看商机，每个阶段都有准入和准出标准。本页显示商机在哪里停滞、每个阶段耗时多久，并提供 SPIN 提问提示和竞争对手应对卡，帮助销售代表推进商机。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="33"/>
        <source>The stage board and the stall report come with the pipeline feature.</source>
        <translation>阶段看板和停滞报告将随销售漏斗功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="39"/>
        <source>One lead-scoring model shared by marketing and sales: attribute points (target industry, company size) and behaviour points (white paper, webinar, pricing page) grade every lead as MQL, SQL or Lead. Leads below the threshold go to nurturing, and a monthly review compares conversion by grade so that you can tune the rules.</source>
        <translation>市场与销售共用一套线索评分模型：属性分（目标行业、公司规模）加行为分（白皮书、网络研讨会、定价页）把每条线索分为 MQL、SQL 或普通线索。未达标的线索进入培育，每月复盘按等级比较转化率，以便调整评分规则。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="45"/>
        <source>The lead list and the scoring rules come with the lead-scoring feature.</source>
        <translation>线索列表和评分规则将随线索评分功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="51"/>
        <source>SMART goals in four dimensions (financial, customer, operations, team), each with an owner, a baseline, a target, a period and an actual, and the quarterly quota of every rep and team. Where the data can compute the actual (revenue, sales cycle, conversion, data completeness, churn) the app computes it; you enter the rest, such as an NPS survey result.</source>
        <translation>四个维度（财务、客户、运营、团队）的 SMART 目标，每个目标都有负责人、基线、目标值、周期和实际值，以及每位销售代表和每个团队的季度指标。凡是数据能算出的实际值（收入、销售周期、转化率、数据完整度、流失率）都由本应用计算；其余的（如 NPS 调查结果）由你录入。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="57"/>
        <source>Goals and quotas come with the goals feature.</source>
        <translation>目标与指标将随目标功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="63"/>
        <source>A 90-day plan for every new hire: month 1 product and process training, month 2 customer visits with a mentor, month 3 own small accounts with a weekly review. Learning follows 70-20-10 (practice, feedback, formal training), backed by a knowledge base of FAQs, won-deal stories, talk tracks and competitor analyses.</source>
        <translation>为每位新员工制定 90 天入职计划：第一个月集中培训产品和流程，第二个月在导师陪同下拜访客户，第三个月独立负责小型客户并每周复盘。学习遵循 70-20-10 模型（实践、反馈、正式培训），并有常见问题、成功案例、话术模板和竞争分析组成的知识库支持。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="69"/>
        <source>Onboarding plans come with the onboarding feature.</source>
        <translation>入职计划将随入职功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="75"/>
        <source>The quarterly bonus of every rep: 60% sales attainment, 20% customer satisfaction and 20% key process metrics (CRM updated within 24 hours of each customer interaction, training participation), plus non-cash awards such as best newcomer and best collaboration.</source>
        <translation>每位销售代表的季度奖金：60% 销售额完成率、20% 客户满意度和 20% 关键过程指标（每次客户互动后 24 小时内更新 CRM、培训参与度），另设“最佳新人奖”“最佳协作奖”等非金钱激励。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="80"/>
        <source>The bonus calculation comes with the bonus feature.</source>
        <translation>奖金计算将随奖金功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="86"/>
        <source>Bring in your CRM&apos;s exports (Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke, Xiaoshouyi) as Excel or CSV files, and send reports to finance and leadership as Excel workbooks.</source>
        <translation>以 Excel 或 CSV 文件导入 CRM 的导出数据（Salesforce、HubSpot、Pipedrive、Odoo、纷享销客、销售易），并以 Excel 工作簿把报表发给财务和管理层。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="90"/>
        <source>Import and export come with the Excel import/export feature.</source>
        <translation>导入和导出将随 Excel 导入/导出功能提供。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/placeholder_page.py" line="127"/>
        <source>This page is not built yet.</source>
        <translation>此页面尚未建成。</translation>
    </message>
</context>
<context>
    <name>RepDialog</name>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="29"/>
        <source>Edit rep</source>
        <translation>编辑销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="29"/>
        <source>Add rep</source>
        <translation>添加销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="38"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="46"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="50"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="56"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="57"/>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="58"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="59"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="60"/>
        <source>&amp;Hire date:</source>
        <translation>入职日期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="63"/>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="64"/>
        <source>Mento&amp;r:</source>
        <translation>导师(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="70"/>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="75"/>
        <location filename="../../salesmgr/views/rep_dialog.py" line="88"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_dialog.py" line="80"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>RepRoles</name>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="24"/>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="25"/>
        <source>Senior rep</source>
        <translation>高级销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="26"/>
        <source>SDR</source>
        <translation>销售开发代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="27"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>RepTableModel</name>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="46"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="46"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="46"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="46"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="47"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="47"/>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="47"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="55"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="55"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="74"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/rep_table_model.py" line="76"/>
        <source>Inactive: their deals and history are kept</source>
        <translation>已停用：其商机和历史记录保留</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="18"/>
        <source>Edit team</source>
        <translation>编辑团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="18"/>
        <source>Add team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="21"/>
        <source>e.g. North, EMEA</source>
        <translation>例如：华北、华东</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="22"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="24"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_dialog.py" line="25"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="88"/>
        <source>Search name, e-mail or team</source>
        <translation>搜索姓名、邮箱或团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="92"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="94"/>
        <source>Add rep…</source>
        <translation>添加销售代表…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="95"/>
        <location filename="../../salesmgr/views/team_page.py" line="107"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="96"/>
        <location filename="../../salesmgr/views/team_page.py" line="194"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="103"/>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="106"/>
        <source>Add team…</source>
        <translation>添加团队…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="109"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="194"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="245"/>
        <source>Deactivate {name}? Their deals and history are kept, and you can reactivate them later.</source>
        <translation>停用 {name}？其商机和历史记录会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="247"/>
        <source>Deactivate rep</source>
        <translation>停用销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_page.py" line="279"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="18"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="18"/>
        <source>Active reps</source>
        <translation>在职销售代表</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="18"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="27"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="27"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/team_table_model.py" line="43"/>
        <source>{name} is inactive</source>
        <translation>{name} 已停用</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="40"/>
        <source>Import a CRM export</source>
        <translation>导入 CRM 导出文件</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="41"/>
        <location filename="../../salesmgr/views/welcome_page.py" line="100"/>
        <location filename="../../salesmgr/views/welcome_page.py" line="129"/>
        <source>Load demo data</source>
        <translation>加载演示数据</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="45"/>
        <source>Welcome to salesmgr</source>
        <translation>欢迎使用 salesmgr</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="46"/>
        <source>This database is empty. Start from your own data by importing your CRM&apos;s export, or load demo data to see how quotas, the funnel, bonuses and onboarding plans work.</source>
        <translation>这个数据库还是空的。你可以导入 CRM 的导出文件，从自己的数据开始；也可以加载演示数据，先看看目标指标、销售漏斗、奖金和入职计划如何运作。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="50"/>
        <source>Excel or CSV exports from Salesforce, HubSpot, Pipedrive, Odoo, Fxiaoke or Xiaoshouyi.</source>
        <translation>来自 Salesforce、HubSpot、Pipedrive、Odoo、纷享销客或销售易的 Excel 或 CSV 导出文件。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="53"/>
        <source>A sample sales team with accounts, leads and opportunities, to try every page first. Only into an empty database.</source>
        <translation>一个示例销售团队，包含客户、线索和商机，可先试用每个页面。仅能加载到空数据库。</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="99"/>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../salesmgr/views/welcome_page.py" line="113"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../salesmgr/views/app.py" line="110"/>
        <source>salesmgr cannot start</source>
        <translation>salesmgr 无法启动</translation>
    </message>
</context>
</TS>
