import type { ReferenceSet } from './types';

/**
 * Simplified Chinese reference blocker descriptions, filed by L2 and family (families.ts), each in the playbook's
 * plain register and in FM shorthand (types.ts). Written fresh in Simplified Chinese, not translated. A border
 * example sits under its true L2 with the L2 it looks like in a comment.
 */
export const zhCN: ReferenceSet = {
  'customer-it-infrastructure-remediation': {
    'inf.client-os': {
      plain: [
        '客户的大部分电脑还在用较老的 Windows 版本，必须先完成系统升级，才能部署新的办公套件。',
        '公司内部网站只能在旧版浏览器里打开，员工电脑上的浏览器需要先更换，新服务才能正常使用。',
        '标准桌面镜像还没有做完，在此之前客户无法开始推送新版客户端。',
        '工厂车间约 500 台电脑装的是 Windows 10 LTSC，新版 Office 应用在上面不受支持，得先换成标准版 Windows；IT 的人手和预算都没有问题。',
      ],
      notes: [
        'Cx 约 3000 台 Win7 终端还没升级，M365 Apps Rollout 只能等',
        'Win10 22H2 标准镜像还在做，IT 说 Q3 才出，Apps 部署暂停',
        '门店办公机默认还是 IE11，SPO 页面打不开，要先切 Edge',
      ],
    },
    'inf.devices': {
      plain: [
        '工厂车间的共用电脑配置太低，跑不动新的客户端，需要先更换一批硬件。',
        '会议室现有的设备无法接入新的会议系统，客户得先采购并安装新的会议室终端。',
        '员工的手机和平板还没有统一纳入管理，看起来要先完成设备注册，移动办公才能推出。',
      ],
      notes: [
        '医院护士站共享机内存只有 4G，Teams 客户端经常卡死，等硬件换新',
        '60 间会议室的 Teams Rooms 设备还没到货，Go-live 往后推',
        '销售手机没入 Intune，笔记本 Autopilot 注册也没做完，Rollout 卡住',
        '销售自购的笔记本是 Win11 家庭版，加不了 Entra ID，得先升专业版或换机',
      ],
    },
    'inf.directory': {
      plain: [
        '客户的目录结构相当复杂，分成好几个林和域，身份同步方案至今没有确定。',
        '本地账户的登录后缀在云端无法使用，客户需要先整理用户名才能开始同步。',
        '由于身份同步一直报错，大量账号没能同步到云端，迁移只好先停下来。',
        '目前本地和云端还是两套互不相通的账户，混合身份尚未建立。',
      ],
      notes: [
        'AD 有 5 个 forest，AAD Connect 拓扑没定，EXO 迁移排不上',
        'UPN 后缀是 .local 不可路由，得先改 UPN 再同步',
        'ADFS 还跑在 2012 的老服务器上，Cx 想先切 PHS 再推 Teams',
        'Entra Connect 同步报错 2000+ 对象，OD4B 批量迁移暂停',
      ],
    },
    'inf.merger': {
      plain: [
        '客户正在与另一家公司合并，双方的目录要先合到一起，迁移才能开始。',
        '集团刚剥离了一家子公司，需要先把它的账户和系统环境从现有架构里拆出来。',
      ],
      notes: ['并购后两套 AD 还没整合，EXO 迁移等 AD 合并完成', '子公司剥离，AD 和邮件环境要先拆出来，SPO 迁移 hold'],
    },
    'inf.network': {
      plain: [
        '分支机构的网络带宽不足，视频会议经常卡顿，客户需要先给线路扩容。',
        '所有上网流量都要绕回总部的代理出口，客户可能得先调整网络架构。',
        '防火墙规则还没有放开，员工在公司内网连不上新服务。',
        '客户现有的 VPN 设备与新客户端不兼容，远程办公的员工暂时用不了。',
        '仓库和门店的无线网络覆盖很差，客户认为要先改造网络再推广。',
        '客户的上网行为管理设备对所有 HTTPS 流量做 SSL 解密，导致 Outlook 和 Teams 登录反复失败，需要先调整解密策略或者更换设备。',
      ],
      notes: [
        '门店专线只有 2M，Teams 会议基本开不了，等运营商扩容',
        '代理做 SSL 解密，Outlook 连 EXO 一直弹密码，要先改 proxy bypass',
        '流量全 hairpin 回总部 VPN，split tunnel 没配，居家用户巨慢',
        '内网 DNS 转发有问题，Autodiscover 解析不到，迁移暂缓',
        '总部出口防火墙要换型号，换完才能放开 M365 端口',
        '三个仓库完全没有 Wi-Fi，手持终端用不了 Teams，AP 已下单，IT 有人',
      ],
    },
    'inf.server-upgrade': {
      plain: [
        '本地邮件服务器的版本太旧，需要先升级，才能建立混合环境。',
        '客户本地的文档服务器版本过低，迁移工具不支持，恐怕要先升级到中间版本。',
        '因为本地即时通讯服务器还没升级，与新服务的共存配置无法完成。',
        '混合部署只做了一半，本地和云端之间的邮件路由还没打通。',
      ],
      notes: [
        'Exchange 2010 还没升 2016，Hybrid 建不起来',
        'SP2010 农场要先升到 2016 才能用迁移工具，SPO 计划延后',
        'SfB 2015 server 有故障，Teams 共存模式配不了',
        '文件服务器 NTFS 权限一团乱，要先修好才能迁 OD4B/SPO',
      ],
    },
    'inf.config': {
      plain: [
        '客户环境中有一项特殊配置与云服务不兼容，需要客户自己先做调整。',
        '客户的邮件要经过一台网关改写地址，这与新服务的要求冲突，必须先改。',
        '组策略里有些自定义设置导致新客户端无法正常登录，需要先清理。',
      ],
      notes: [
        'Cx 邮件网关改写发件地址，跟 EXO 的 SPF/DKIM 冲突，要先改网关',
        'GPO 把现代认证的注册表项禁了，Outlook 连不上，得先改 GPO',
        '内部 DNS 是 split-brain 配置，和 M365 域名验证冲突',
      ],
    },
    'inf.m365-deploy': {
      plain: [
        '客户的软件分发工具还没准备好，新版办公套件的安装包也还没有做出来。',
        '客户还没想清楚更新方案，不确定办公套件的更新该从哪里分发。',
        '不同电脑上的更新频道设置不一致，很多客户端一直收不到正确的更新。',
        '安装包在一部分电脑上反复失败，部署只能暂停排查。',
      ],
      notes: [
        'SCCM 版本太老，不支持 M365 Apps 包，要先升 ConfigMgr',
        'ODT 配置 XML 还没定，包没做出来，部署排期 TBD',
        '更新通道乱，一半机器 Current 一半 Semi-Annual，channel 切不过去',
        'Intune 推 Apps 的包 70% 报 0x80070005，先排查部署',
      ],
    },
    'inf.teams-exchange': {
      plain: [
        '客户打算先把邮件迁到云端，再推广团队协作工具，所以协作这边只能等。',
        '由于邮箱还留在本地，协作工具里的日历用不了，客户决定等邮件迁移完成后再上线。',
      ],
      notes: [
        'Teams 等 EXO 迁完，邮箱还在本地，日历集成用不了',
        'Cx 要求先上 Exchange Online 再开 Teams，EXO 预计 Q4 完成',
        'Hybrid Exchange 没配好，Teams 里排不了会，Rollout 往后推',
      ],
    },
    'inf.border': {
      plain: [
        '客户的 IT 团队人手和经验都够，问题在于现有的代理服务器不支持所需的连接方式，必须更换。', // looks like it-change-management-resourcing
        '用户抱怨新服务很慢，排查后发现是客户自己的出口带宽已经跑满。', // looks like service-reliability
        '客户以为是内部系统不兼容，实际上是员工电脑上的浏览器版本太旧，需要先升级。', // looks like app-compatibility
        '客户原以为云服务不支持他们的登录方式，其实是本地目录里的用户名后缀不规范，需要先整改。', // looks like product-feature-capability
        'IT 团队人够、经验也足，问题是出口防火墙已经停止维护，无法按服务要求配置规则，只能等新设备到货替换。', // looks like it-change-management-resourcing
        '远洋船队的船上只能通过卫星链路上网，延迟很高，Teams 会议基本开不了；这不是 IT 缺人缺钱，而是链路本身得先升级。', // looks like it-change-management-resourcing
      ],
      notes: [
        'Cx 说 Teams 服务卡，查下来是分公司 MPLS 链路饱和，不是 MS 的问题', // looks like service-reliability
        '以为是 ERP 插件不兼容，结果是 Win10 版本太老，升级后就好了', // looks like app-compatibility
        'IT 有人有预算，就是 Exchange 2013 的 CU 太低，Hybrid wizard 跑不过', // looks like it-change-management-resourcing
        '客户提单说 SPO 不支持，其实是自家防火墙拦了 WebSocket', // looks like product-feature-capability
        '不是资源问题，预算批了人也在，iPad 还停在 iPadOS 15，Intune 注册不上，要换设备', // looks like it-change-management-resourcing
      ],
    },
  },
  'it-change-management-resourcing': {
    'itcm.staff': {
      plain: [
        '客户的 IT 部门只有两个人，还要兼顾其他系统，抽不出时间做迁移。',
        '原来负责这个项目的管理员刚刚离职，接替的人还没到岗。',
        'IT 团队正忙于另一个大项目，估计下个季度才能腾出人手。',
        '唯一熟悉邮件系统的工程师在休长假，项目暂时没人推进。',
      ],
      notes: [
        'IT 就 1 个 admin 管所有系统，没空做 Intune 注册',
        'IT 项目经理离职，接手人 TBD，Purview 项目停滞',
        'IT 全员在搞 SAP 上线，M365 排到 Q3 以后',
        '关键 admin 休产假到 10 月，EXO 迁移没人跟',
      ],
    },
    'itcm.budget': {
      plain: [
        '今年整改项目的预算没有批下来，相关的 IT 工作只能推迟。',
        '升级基础设施需要一笔费用，IT 部门至今还没申请到这部分资金。',
        'IT 预算被削减后，客户已经没钱安排迁移所需的额外人力。',
      ],
      notes: [
        '网络改造预算没批，FY25 再说',
        'IT remediation 预算冻结，Win11 升级项目暂停',
        'Cx 没预算给 IT 加人，迁移工作量没人扛',
      ],
    },
    'itcm.skills': {
      plain: [
        '客户的 IT 团队缺乏云端身份管理的经验，不知道架构该怎么设计。',
        'IT 部门对新的设备管理方式完全不熟，也没有考虑过请外部合作伙伴帮忙。',
        '管理员们只会维护本地服务器，对云端的权限和合规设置几乎不了解。',
      ],
      notes: [
        'IT 没人懂 Intune，也不打算找 partner，自己摸索中',
        'Cx admin 没做过 Hybrid，架构设计不出来，卡住',
        '安全组不会配 Purview DLP 策略，没考虑外包',
      ],
    },
    'itcm.helpdesk': {
      plain: [
        '客户的服务台还没准备好支持云端服务，工单流程和知识库都没有更新。',
        '一线支持人员没接受过相关培训，客户担心上线后接不住用户报障。',
      ],
      notes: ['Helpdesk 没培训，Teams 上线后工单谁接 TBD', '二线支持还没有 M365 的 SOP，Service desk 不敢接 Go-live'],
    },
    'itcm.update-cadence': {
      plain: [
        '办公套件每月都会更新，而 IT 部门要求每个版本都完整测试后才能发布，节奏根本跟不上。',
        '客户内部软件的认证周期是半年一次，和服务的更新频率对不上。',
      ],
      notes: [
        'Cx IT 每个 build 要做 6 周 UAT，月度通道跟不上',
        '银行要求每个版本过变更评审，M365 Apps 的更新节奏 IT 管不过来',
      ],
    },
    'itcm.process-break': {
      plain: [
        '服务的维护和更新让现有的监控流程失效，IT 部门需要重新设计事件处理方式。',
        '原有的故障发现流程依赖本地日志，迁到云端后这套流程就用不上了。',
      ],
      notes: [
        'EXO 上云后原来的 SCOM 监控全废，运维手册要重写',
        '服务更新后告警规则没人改，事件处理流程断了，运维要求先停 Rollout',
        'IT装机现在是每月人工重打镜像再逐台验收，跟不上Apps月更，IT要先把这套流程重做，推广暂停',
        'EXO迁完后IT原来的邮箱开通审批单（三级签字）跟云端对不上，新人开不了邮箱，IT在重画流程，后续批次等',
        '保险公司IT装机还是手工逐台配置再填纸质交接单，切Intune后这套得IT重新设计，设备本身没问题，M365 Apps推广停',
        'Teams会议室IT是逐间手工配置+现场签字验收，40间排不开，IT要先把准备流程改成批量的，二期暂缓',
        '新电脑申领要IT经理手工批再人工装机，跟Autopilot对不上，IT内部在重新梳理，OD4B推广等这个',
      ],
    },
    'itcm.policy': {
      plain: [
        '按照现行的居家办公政策，员工不能在个人电脑上使用公司软件，IT 需要先修订政策。',
        '安全部门规定所有变更都要经过审批委员会，而委员会每季度才开一次会。',
        '客户有几项固定的技术流程，IT 部门表示无法更改。',
        '数据处理政策是按本地系统写的，IT 可能要重新起草，才能允许数据上云。',
      ],
      notes: [
        'IT 安全策略禁止 BYOD 装 Office，策略要重写，IT 在走流程',
        'CAB 一季度开一次，下次 9 月，Intune 策略变更只能等',
        'IT 坚持现有打补丁流程不改，和 WUfB 冲突',
        '设备策略要求全盘加密+本地管控，IT 还没出云端版本',
        '每个SPO站点上线都得单独上CAB，CAB一个月才开一次，IT说审批规则不改迁移排不动',
        '银行IT规定管理员账号开权限要走5天纸质审批，迁移账号批不下来，IT内部在改审批制度',
        '移动设备政策还是老的，手机装Outlook要IT逐台审批，安全组在重写BYOD政策，EXO移动端上线推迟',
        '药企IT SOP要求每项客户端配置改动人工验证+签字，Intune批量下发过不了SOP，IT QA在修订，Apps推广停',
        '区教育局IT规定教师笔记本须送回机房统一装机才能装新软件，居家的老师没法弄，IT在改这条规定，Teams推不下去',
      ],
    },
    'itcm.allow-lists': {
      plain: [
        'IT 部门没办法及时更新防火墙的放行清单，服务地址一变就有用户连不上。',
        '网络团队每月手工维护一次白名单，跟不上服务地址的变化。',
      ],
      notes: [
        '网络组跟不上 M365 URL/IP 变更，allow list 每次都滞后',
        '防火墙白名单靠人工改，endpoint 一变就漏，没人订阅变更通知',
      ],
    },
    'itcm.border': {
      plain: [
        '用户其实已经准备好了，卡住的是 IT 部门自己的变更流程还没有制定出来。', // looks like adoption-readiness
        '客户的 IT 没有人懂这个产品，而且从来没有考虑过请合作伙伴。', // looks like partner-engagement
        '网络设备本身没有问题，只是网络团队人手不够，配置变更一直排不上。', // looks like customer-it-infrastructure-remediation
        '许可证已经买好，客户缺的是给 IT 做部署工作的预算。', // looks like billing-licensing-subscription
      ],
      notes: [
        '不是用户不配合，是 IT 自己的变更流程没走完', // looks like adoption-readiness
        '没有 partner 参与，Cx IT 自己做但不会配 Autopilot', // looks like partner-engagement
        '防火墙能放行，就是网络组没人手改规则', // looks like customer-it-infrastructure-remediation
        'License 都到位了，缺的是 IT 项目经费', // looks like billing-licensing-subscription
      ],
    },
  },
  'adoption-readiness': {
    'ado.training': {
      plain: [
        '客户还没有针对员工的培训计划，担心大家上线后不会用。',
        '员工业务繁忙，公司安排不出时间组织培训。',
        '很多一线员工从没用过类似的工具，需要先有人教他们基本操作。',
      ],
      notes: [
        '没有 end user 培训计划，Teams 上线后怕没人会用',
        '门店排班紧，培训时间挤不出来，Rollout 往后',
        'Copilot 培训材料还没做，业务方不让先开',
      ],
    },
    'ado.resistance': {
      plain: [
        '不少员工习惯了原来的工作方式，对换新工具有明显的抵触情绪。',
        '一些资深员工担心新系统会打乱他们的工作习惯，明确表示不想换。',
        '用户似乎不太愿意把文件从自己电脑挪到云端。',
        '车间班组长觉得在 Teams 里报工太麻烦，坚持用纸质报工单，还说新系统“靠不住”；实际上服务运行稳定，从来没有发生过故障。',
      ],
      notes: [
        '销售团队抵触，坚持用微信和邮件，不愿上 Teams',
        '老员工不想放弃 U 盘存文件，OD4B 推不动',
        '用户怕 Copilot 抢饭碗，抵触情绪大',
        '老师傅们不愿用，嫌 Teams 通知太多太吵，年轻人倒无所谓；服务本身零故障，SHD 干净',
      ],
    },
    'ado.departments': {
      plain: [
        '财务部受到的影响最大，工作方式要大改，其他部门影响相对较小。',
        '工厂一线员工和办公室员工的需求差别很大，一线团队还没有准备好。',
      ],
      notes: ['法务部受影响最大，其他部门 OK，法务坚持单独排期', '一线工人占 70%，怎么让他们接受新工作方式还没想好'],
    },
    'ado.culture': {
      plain: [
        '公司文化偏保守，习惯层层审批和当面沟通，恐怕要先转变观念才能推广。',
        '客户没有任何采用计划，也没有人负责推动组织内部的变化。',
      ],
      notes: ['企业文化偏传统，开会都要打印材料，协作习惯得先变', '没有 adoption plan，也没人牵头 change management'],
    },
    'ado.business-process': {
      plain: [
        '客户的审批流程还是纸质的，业务部门要先重新设计流程，才能用上线上协作。',
        '合同归档的业务流程需要重新梳理，否则文档搬到新平台后大家也不知道该怎么用。',
        '客户的合同审批还靠纸质单据层层签字盖章，业务部门得先把这套流程重新设计好，文档才能搬到 SharePoint；服务这边一直很稳定，没出过问题。',
      ],
      notes: ['报销审批流程要重设计，业务方没定，SPO 站点先不上', '门店日报流程还没改，Teams 排班功能先放一放'],
    },
    'ado.business-decision': {
      plain: [
        '业务负责人决定等旺季结束后再推广新工具。',
        '公司正在重组，管理层暂时不想推动任何新系统。',
        '项目的业务发起人调岗了，新的负责人还没确定下来。',
        '管理层对什么时候上线始终没有拿定主意。',
      ],
      notes: [
        '双十一旺季，业务要求 12 月前不做任何变动',
        '高管层重组，sponsor 空缺，Copilot 项目冻结',
        'CEO 还没拍板，Rollout 时间待定',
        '学校说等开学季过了再推 Teams',
      ],
    },
    'ado.communication': {
      plain: [
        '员工还没有收到任何关于新工具的通知，并不知道即将发生变化。',
        '客户没有制定沟通计划，各部门也没有找推广大使。',
      ],
      notes: ['没有 champions 网络，也没发通知，用户完全不知情', '内部沟通计划没出，HR 说要先发公告再开 OD4B'],
    },
    'ado.border': {
      plain: [
        '用户的疑问很多，但根源在于公司没有向他们解释为什么要换工具，并不是服务台支持不到位。', // looks like it-change-management-resourcing
        '推迟上线与许可证无关，是业务部门决定等年度结算结束后再说。', // looks like billing-licensing-subscription
        '合作伙伴已经准备就绪，是客户管理层要求先暂停，等组织调整完成。', // looks like partner-engagement
        'IT 这边已经全部配置好，只是最终用户还没有接受培训。', // looks like it-change-management-resourcing
        '集团领导层说对新平台“心里没底”，可试点期间服务没出过任何中断；真正的原因是员工间流传文件上云后会被总部随时调看，一直没有人出面解释。', // looks like service-reliability
        'IT 早就把站点和权限模板准备好了，卡住的是法务和各事业部还没商定哪些客户合同可以跨事业部查看。', // looks like it-change-management-resourcing
      ],
      notes: [
        'partner 已就位，业务方说等重组完再开始', // looks like partner-engagement
        '不是 license 问题，是业务不想在年底结账期动', // looks like billing-licensing-subscription
        'IT 全准备好了，卡在用户培训没排', // looks like it-change-management-resourcing
        'Helpdesk 没问题，是用户根本不知道要切换，沟通没做', // looks like it-change-management-resourcing
        '生成式 AI 使用规范还没定（哪些数据能给 Copilot 用），合规+HR 在起草，license 已分配，服务正常', // looks like billing-licensing-subscription
        '工会要求先约定下班后不发工作消息，才同意 Teams 推到车间；不是稳定性问题，服务零事件', // looks like service-reliability
      ],
    },
  },
  'product-feature-capability': {
    'pfc.missing-feature': {
      plain: [
        '客户需要的一项功能目前服务里还没有，相关业务流程迁不过来。',
        '服务似乎不支持客户要求的邮件保留方式，客户不愿在缺少这个功能的情况下切换。',
        '客户希望会议录制能按部门自动归档到指定位置，但服务目前做不到。',
        '客户的中国子公司订阅的是世纪互联运营的云，Copilot 在这个云里目前根本没有上线，总部的全球许可证也用不上。',
      ],
      notes: [
        'SPO 列表缺 Cx 要的多级审批字段，没有 workaround',
        'Planner 没有跨计划的任务依赖，PMO 不肯切',
        'Teams 缺 Cx 要的会议室按部门配额功能，目前产品不支持',
        '世纪互联租户没有 Loop 和 Bookings，集团模板推不下去',
      ],
    },
    'pfc.bug': {
      plain: [
        '一个产品缺陷导致会议录制时常丢失，修复之前客户不愿继续推广。',
        '客户在同步文件时碰到服务本身的错误，已经报给微软，但还没有修好。',
      ],
      notes: [
        'OD4B 同步客户端 bug，文件名带中文就报错，已开 case',
        '新版 Outlook 日历共享有 bug，GetHelp 已提，等 fix',
      ],
    },
    'pfc.security-privacy': {
      plain: [
        '客户要求用自己管理的密钥加密所有存储数据，而服务暂时提供不了他们需要的这种方式。',
        '客户的安全团队需要一项更细的访问控制设置，目前在产品里找不到。',
        '客户的美国子公司用的是 GCC High 租户，安全部门要求的终结点数据防泄漏选项在那个云里还没提供，跟许可证级别无关。',
      ],
      notes: ['安全部要求群聊也能端到端加密，Teams 暂不支持', 'Cx 要 Copilot 按敏感度标签逐项屏蔽的开关，产品里没有'],
    },
    'pfc.certification': {
      plain: [
        '客户所在行业要求一项特定的合规认证，而该服务目前还没有取得。',
        '监管机构要求提供某份审计证明，微软暂时拿不出来。',
      ],
      notes: [
        '医疗客户要的行业认证 M365 还没拿到，合规部不放行',
        '金融监管要求的第三方审计报告 MS 没有对应版本，Purview 项目卡住',
      ],
    },
    'pfc.data-residency': {
      plain: [
        '客户的数据必须存放在本国境内，但该服务在当地没有数据中心。',
        '按照规定，部分数据不能出境，客户目前找不到满足要求的存储位置。',
        '香港子公司的租户建在亚太区域，但会议转录的数据处理可能会出到区域以外，换哪种订阅都无法保证留在本地。',
      ],
      notes: [
        'Cx 要求数据留在境内，Copilot 的处理区域不在本地，法务不批',
        '越南没有本地 DC，监管要求境内存储，EXO 上不了',
        'Cx 订阅在新加坡区域，Teams 录制转写不保证区内处理，换订阅也没用',
      ],
    },
    'pfc.client-support': {
      plain: [
        '有一部分员工使用的操作系统，微软的客户端目前还不支持。',
        '视障员工需要的一种辅助功能，移动端应用还没有提供。',
        '客户需要界面支持一种少数民族语言，但应用目前没有这个语言选项。',
        '许可证都已经分配好了，但会议实时字幕看起来还不支持粤语，广州和香港的门店员工用不上。',
      ],
      notes: [
        'Teams 客户端不支持研发用的 Linux 发行版，这批人上不了',
        'Outlook 移动端没有藏文界面，Cx 这边刚需',
        'Cx 要在车载平板上用 Teams，这类设备目前没有支持',
        '许可证都配了，Copilot 暂不支持老挝语，老挝工厂推不了',
      ],
    },
    'pfc.parity': {
      plain: [
        '客户本地系统里现有的一项功能，在云服务中找不到对应的替代。',
        '客户正在用的竞争产品提供了一种文档协作方式，微软的服务还做不到同样的效果。',
      ],
      notes: [
        '本地 SharePoint 的自定义工作流，SPO 没有同等能力',
        'Cx 现用的竞品 IM 能定时撤回消息，Teams 没有，业务不愿换',
      ],
    },
    'pfc.roadmap': {
      plain: [
        '客户需要的功能已经反馈给产品团队，目前在等路线图上的时间。',
        '这个功能缺口已经登记在案，但产品组还没有承诺何时提供。',
      ],
      notes: [
        'DCR 已提 OneList，PG 说 H2 考虑，Cx 等这个才上线',
        'GetHelp 工单挂了 3 个月，还没 ETA，Purview 推进停滞',
      ],
    },
    'pfc.border': {
      plain: [
        '客户以为要买更高的套餐，但实际上无论哪个套餐都没有这项功能。', // looks like billing-licensing-subscription
        '起初看起来像是客户的内部系统不兼容，查下来却是服务本身的一个缺陷。', // looks like app-compatibility
        '客户的环境配置完全正常，是服务本身不支持这种用法。', // looks like customer-it-infrastructure-remediation
        '服务一直运行得很稳定，只是缺少客户需要的一个功能。', // looks like service-reliability
        '客户本来准备加购附加组件，后来产品组确认，客户要的按项目自动归档聊天记录的能力在任何套餐里都没有，买再贵的许可证也解决不了。', // looks like billing-licensing-subscription
        '客户一度以为是订阅级别不够，查下来却发现，参会人逐一确认同意录制的功能在 E5 和各类附加许可证里似乎都没有。', // looks like billing-licensing-subscription
        '服务运行正常，服务运行状况页面也没有任何事件，但微软已确认 Planner 复制计划时任务负责人会丢失，这是产品 bug，客户在等修复。', // looks like service-reliability
      ],
      notes: [
        'E5 也没有这个功能，不是 license 问题，是产品本身缺', // looks like billing-licensing-subscription
        '不是 Cx 的 ERP 插件问题，是 Outlook 自身 bug，已复现', // looks like app-compatibility
        '网络和配置都查过没问题，是 SPO 本身不支持', // looks like customer-it-infrastructure-remediation
        '服务没宕过，就是缺 feature', // looks like service-reliability
        'Bookings 预付款功能哪个 SKU 都没有，Cx 以为是订阅问题，其实产品不支持', // looks like billing-licensing-subscription
        '服务健康正常、无 incident，OneDrive 同步确认是 bug，PG 修复中', // looks like service-reliability
      ],
    },
  },
  'app-compatibility': {
    'app.lob': {
      plain: [
        '客户的核心业务系统在新版本下无法正常运行，迁移只能暂停。',
        '客户自己开发的一套审批系统依赖本地邮件服务器，迁到云端后就不工作了。',
        '工厂的生产管理软件似乎与新的云服务不兼容，客户不敢贸然推进。',
        '物流公司的调度系统只适配旧版办公套件，升级后导出功能坏了。',
        '客户的采购和人事流程还跑在两百多个 InfoPath 表单上，站点迁到 SharePoint Online 之前得全部重做。',
        '研究院多年积累的 Lotus Notes 应用承载着课题审批，迁邮件之前需要找替代方案重新开发。',
      ],
      notes: [
        'Cx 自研 OA 调本地 Exchange 的 EWS，迁 EXO 后报错',
        'MES 连不上 SPO 文档库，产线不能停，先 hold',
        'HIS 系统跟新版 M365 Apps 冲突，医院暂缓升级',
        '保险核心系统的打印模块跟新 Office 冲突，柜台不敢升',
        '共享盘上 60 多个 Access 库（仓储、质检），迁 SPO 前要用 Power Apps 重做',
      ],
    },
    'app.vendor': {
      plain: [
        '业务软件的供应商还没有认证它能与云服务配合使用，客户不敢上线。',
        '供应商表示，兼容的新版本要到明年才会发布。',
        '第三方报关软件只能通过 MAPI 连本地 Exchange，厂商说支持 Graph 的版本大概明年才有。',
      ],
      notes: [
        'ERP 厂商还没出认证声明，Cx 不敢上 64 位 M365 Apps',
        '财务软件厂商说兼容版本 Q2 才发，只能等',
        '扫描软件厂商只支持 SMTP 基本认证，OAuth 版本要等下个大版本',
      ],
    },
    'app.addins': {
      plain: [
        '员工常用的几个邮件插件在新版本里失效了，而大家离不开这些插件。',
        '一个用于电子签章的文档插件升级后无法加载。',
        '某个翻译插件在新版客户端里用不了，翻译团队因此不愿升级。',
      ],
      notes: [
        'Outlook 里的 CRM 插件在新版不加载，销售反馈强烈',
        'Excel 报表插件升级后直接崩，财务拒绝升级',
        'PPT 品牌模板插件不兼容新版，市场部卡着',
      ],
    },
    'app.macros': {
      plain: [
        '财务部门大量依赖自定义表格公式，升级后有些计算结果出错了。',
        '客户的很多文档模板里都带宏，在新版本下运行异常。',
        '财务的预算模型是一堆靠 VBA 驱动的 Excel 工作簿，调用了老旧的数据库驱动，上新版 Office 之前得重写。',
      ],
      notes: ['Excel VBA 宏 32 转 64 位后报错，几百个文件要改', 'Word 模板宏在 M365 Apps 上跑不起来，法务部用不了'],
    },
    'app.identity': {
      plain: [
        '某些内部应用要求用另一种格式的用户名登录，与云端的身份要求冲突。',
        '几个老应用只支持旧的认证方式，一旦关闭就没法登录了。',
        '客户自己写的库存预警小程序用 SMTP AUTH 基本认证发邮件，租户一旦关闭基本认证就发不出去，得先改成 OAuth。',
      ],
      notes: [
        '内部报表系统只认 sAMAccountName，改 UPN 后登不上',
        '老扫描程序只支持 legacy auth 发 SMTP，一关 basic auth 就挂',
        '自研考勤系统只认 Windows 集成认证（NTLM），纯云用户登不上，要改 OIDC',
      ],
    },
    'app.testing': {
      plain: [
        '客户的业务应用还没有和新服务一起测试过，不确定能不能用。',
        '初步测试发现好几个内部应用有问题，影响范围还在评估。',
      ],
      notes: ['200 多个 LOB app 兼容性测试没做完，Win11 推不了', 'UAT 发现 5 个内部应用异常，Rollout 暂停'],
    },
    'app.integration': {
      plain: [
        '客户关系管理系统和邮件之间的集成在迁移后断掉了。',
        '呼叫中心的电话系统无法与新的协作工具对接。',
        '客户的扫描归档方案依赖本地共享目录，迁到云端后集成失效。',
      ],
      notes: [
        '第三方呼叫中心和 Teams 集成不通，客服切不过去',
        '第三方归档软件接不上 EXO 日志，合规部不让迁',
        'OA 跟 SPO 的自研对接接口断了，文档推送失败',
        '老 EDI 网关靠 POP3 基本认证收单，邮箱迁 EXO 就断，替代方案没定',
      ],
    },
    'app.border': {
      plain: [
        '看上去像是服务缺少功能，其实是客户自己的插件在新版本里不兼容。', // looks like product-feature-capability
        '客户起初以为要升级操作系统，后来才发现是业务系统本身跟新版本不兼容。', // looks like customer-it-infrastructure-remediation
        '服务本身一切正常，问题出在客户自己开发的业务应用上。', // looks like product-feature-capability
        '客户怀疑是身份同步出了问题，实际上是某个内部应用只认旧的用户名格式。', // looks like customer-it-infrastructure-remediation
        '本地 SharePoint 服务器已经升级好了，阻碍迁移的是客户自己做的 2013 工作流，在云端跑不了，需要用 Power Automate 重建。', // looks like customer-it-infrastructure-remediation
      ],
      notes: [
        'Cx 说 Teams 功能不行，其实是自家 CRM 集成坏了', // looks like product-feature-capability
        '浏览器已经是最新版，是内部采购系统本身不兼容 Edge', // looks like customer-it-infrastructure-remediation
        'Windows 全升完了，卡在 LOB app 不认新版本', // looks like customer-it-infrastructure-remediation
        '不是 MS 的 bug，是供应商的 Outlook 插件没适配', // looks like product-feature-capability
        '不是 AD/网络问题：门户上的 full-trust WSP + 自定义 web part 进不了 SPO，得 SPFx 重写', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'partner-engagement': {
    'par.selection': {
      plain: [
        '客户还没有找到合适的合作伙伴来做部署。',
        '客户在几家服务商之间犹豫不决，迟迟没定由谁来实施。',
        '在客户所在的地区，似乎很难找到有相关经验的合作伙伴。',
      ],
      notes: [
        '还在比选 partner，3 家报价，没定',
        '西北地区找不到做过 Intune 的 partner',
        'Cx 想找懂 Copilot 的 partner，目前没有人选',
      ],
    },
    'par.contracting': {
      plain: [
        '与合作伙伴的合同还在法务审核，签好之前没法开工。',
        '客户和合作伙伴的工作说明书还没签，项目无法启动。',
        '客户的采购部门还没有批下给合作伙伴的服务订单。',
        '这家合作伙伴同时是客户的 CSP 经销商，许可证早已开通并分配好；但邮件迁移的工作说明书至今没签，合作伙伴不肯开工。',
      ],
      notes: [
        '跟 partner 的 SOW 还没签，法务卡着',
        'Partner 的 PO 没下，Kickoff 推迟',
        '合同条款谈不拢，partner 不开工',
        'CSP 代理商兼实施方，E3 都激活了，SPO 迁移的服务合同还在对方法务手里',
      ],
    },
    'par.skills': {
      plain: [
        '合作伙伴对这个工作负载经验不足，方案改了几次都不合格。',
        '实施方以前只做过邮件迁移，对设备管理不太熟悉。',
        '合作伙伴虽然签了约，但团队里没人懂设备自动注册，方案迟迟拿不出来。',
      ],
      notes: ['Partner 没做过 Teams Phone，方案漏洞很多', '实施商派来的顾问是新人，Purview 配置反复出错'],
    },
    'par.scope': {
      plain: [
        '合作伙伴的合同范围只包括邮件迁移，文档迁移不在其中。',
        '工作说明书没有涵盖培训和推广，合作伙伴不愿额外承担。',
        '客户当初只跟代理商签了许可证采购和租户基础配置，后续的 Teams 和 OneDrive 部署都不在合同里，现在没人负责实施。',
      ],
      notes: [
        'SOW 只含 EXO，SPO 不在范围，partner 要加钱',
        'Partner 范围里没有 Intune，设备这块没人做',
        'SOW 没写培训，Adoption 部分 partner 不管',
        '代理商合同只含 license + 租户初始化，Intune 部署不在范围，Cx 一直以为包含',
      ],
    },
    'par.unresponsive': {
      plain: [
        '合作伙伴已经好几周没有回复客户的邮件了。',
        '微软多次联系合作伙伴确认进度，一直没有得到答复。',
        '合作伙伴答应提交迁移计划，之后就没了下文。',
      ],
      notes: [
        'Partner 两周没回邮件，FM 催了 3 次',
        '实施商不接电话，项目周会也不来',
        'partner 失联一个月，Cx 来问 FM 怎么办',
      ],
    },
    'par.relationship': {
      plain: [
        '客户对合作伙伴之前的交付很不满意，双方关系比较紧张。',
        '客户和实施方因为一次迁移事故互相指责，合作几乎停滞。',
      ],
      notes: ['Cx 和 partner 因为付款纠纷闹僵，项目停了', '客户不信任现在的 partner，想换但合同还没到期'],
    },
    'par.capacity': {
      plain: [
        '合作伙伴手上的项目太多，暂时排不出顾问。',
        '实施方的主力工程师被调去别的项目，这边没人跟进。',
        '合作伙伴说年底前都排满了，最快也要明年初才能派人。',
      ],
      notes: [
        'Partner 顾问都在别的项目上，最早 11 月有人',
        '实施商人手不够，只派了 1 个人，进度很慢',
        'Partner 说 Q4 没 capacity，排到明年',
      ],
    },
    'par.border': {
      plain: [
        '问题不在客户的 IT 团队，而是他们请来的合作伙伴不会做这种迁移。', // looks like it-change-management-resourcing
        '客户和微软的协议早就签好了，卡住的是与合作伙伴的服务合同。', // looks like billing-licensing-subscription
        '客户自己的管理员很有经验，但按计划这部分该由合作伙伴来做，而合作伙伴迟迟没有动静。', // looks like it-change-management-resourcing
        '看起来像是许可证续费卡住了，因为采购和服务都走同一家经销商，但订阅已按年续好；真正没签的是二期部署服务的变更单。', // looks like billing-licensing-subscription
        '客户财务把合作伙伴的实施费和许可证费放在同一张采购单里审批，许可证部分早就批了，实施服务那部分却被退回要求重新报价。', // looks like billing-licensing-subscription
      ],
      notes: [
        'EA 没问题，卡在 partner 的 SOW', // looks like billing-licensing-subscription
        '不是 Cx IT 不会，是 partner 团队没经验', // looks like it-change-management-resourcing
        'License 都分配了，partner 还没进场', // looks like billing-licensing-subscription
        '不是 license 问题：订阅 7 月已续，卡在 partner 的 SOW 没签', // looks like billing-licensing-subscription
      ],
    },
  },
  'billing-licensing-subscription': {
    'bil.assignment': {
      plain: [
        '许可证还没有分配给用户，员工暂时用不了新服务。',
        '买到的许可证数量不够，还有一半员工没法开通。',
        '许可证似乎已经购买，但在租户里一直没有生效。',
        '一部分用户分到的许可证类型不对，缺少他们需要的服务。',
      ],
      notes: [
        'License 还没 assign，OD4B 开不了',
        'E3 只有 500 个，用户 1200，剩下的开不了',
        '订单付了但 Tenant 里看不到 license，等 LSS 查',
        'PO上E3数量录成50（应为500），到账的不够分，EXO迁移停在首批，LSS在改单',
        'Teams Phone附加授权订单只录了40个，呼叫中心220坐席分不下去，go-live从5/20往后推',
        'E5已到tenant，但先给哪几个部门assign业务那边没定，一直没分，Defender部署干等',
        '高校教职工A3、学生A1的分配名单教务处还没给，license没assign，OD4B第一批排不了',
        '律所合伙人和助理谁用E5谁用E3没定，license全在池子里没分出去，Purview试点卡住',
      ],
    },
    'bil.transfer': {
      plain: [
        '客户需要把许可证从旧租户转到新租户，转移完成前不能迁移用户。',
        '客户的数据要迁到另一个地区，许可证也需要随之转移。',
      ],
      notes: ['合并后要换 Tenant，license 转移流程在走，ETA TBD', 'Geo 迁移要一起转 license，LSA 在处理'],
    },
    'bil.sku': {
      plain: [
        '客户买错了版本：他们是政府单位，需要的是政府云，但现在的订阅是商业版。',
        '客户购买的套餐不适合一线员工的使用场景，需要换成别的版本。',
      ],
      notes: ['买的是商业版，Cx 是政府部门要 GCC，SKU 得换', '下错 SKU，买成 Business Premium 但人数超 300，要换 E3'],
    },
    'bil.seats': {
      plain: [
        '客户裁员后要减少席位，但合同里的数量还没有调整，部署暂停。',
        '年度数量核对还没做完，客户不确定还能再加多少用户。',
      ],
      notes: [
        'Cx 要减 800 个 seat，合同没改之前不让继续',
        'True-up 没做，新增用户开不了',
        '子公司 300 人要并进来，seat 还没加上',
        '连锁超市门店员工约800人打算从E3降到F3，E3要减多少个seat还没跟seller对完，Teams rollout先停',
        '续约前Cx要砍掉300个E5，具体数量LSA还在核，OD4B迁移等数定了再排',
        '医院2000名护工用F3还是继续E3院办没拍板，单子下不了，Shifts上线TBD',
        '暑期扩招多了600人，true-up要等Q3才做，新增账号没位子，SPO第二批迁移推迟',
        '物流公司司机岗要不要单独买F1管理层还在算账，E3总量跟着变，EXO迁移窗口一直空着',
      ],
    },
    'bil.agreement': {
      plain: [
        '客户与微软的企业协议续签一直没谈下来，项目暂时搁置。',
        '新的购买合同还在审批，签约前不能启动部署。',
        '微软销售那边的报价还没确认，客户不肯签新的订阅合同。',
      ],
      notes: [
        'EA 续约卡在价格，Seller 在谈，Rollout hold',
        'MCA 法务还没签，Q3 才有可能',
        'CSP 转 EA 的合同中途停了，Seller 跟进中',
      ],
    },
    'bil.plan': {
      plain: [
        '客户想用的功能只在更高级别的套餐里，现有的套餐用不了。',
        '客户需要额外购买一个附加组件，才能使用所需的安全功能。',
        '客户只订了基础版，合规方面的高级功能需要另外付费。',
      ],
      notes: [
        'Cx 是 E3，要 Defender P2 得升 E5 或买 add-on',
        'Copilot add-on 没买，试点用户开不了',
        '一线员工是 F 系列许可，不含需要的功能，要升级套餐',
      ],
    },
    'bil.procurement': {
      plain: [
        '许可证的采购需要按资本支出处理，财务部门还没有批。',
        '采购流程比较长，许可证订单至今还没下。',
        '客户今年买许可证的预算已经用完，要等下个财年才能再买。',
      ],
      notes: [
        'License PO 卡在采购部，预计下月',
        'Cx 财务要求订阅费走 capex，流程没走通',
        'FY 预算用完，license 等明年 4 月再买',
      ],
    },
    'bil.border': {
      plain: [
        '客户觉得是产品缺少这项功能，其实更高级别的套餐里就有，只是他们没买。', // looks like product-feature-capability
        '合作伙伴的合同已经签好，现在卡在客户与微软之间的企业协议续签上。', // looks like partner-engagement
        '客户说预算不够，指的是买许可证的钱，而不是 IT 项目的费用。', // looks like it-change-management-resourcing
      ],
      notes: [
        '不是缺功能，E5 就有，Cx 只买了 E3', // looks like product-feature-capability
        'partner 合同早签完了，卡的是 EA 续约，Seller 还没搞定', // looks like partner-engagement
        '并购后 AD 已经整合完，就差 license 转到新 Tenant', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'service-reliability': {
    'rel.outage': {
      plain: [
        '上个月服务中断了大半天，客户对继续迁移有所顾虑。',
        '服务接连两次出现大范围故障，管理层要求暂停推广。',
        '月底结账期间服务出现了一次计划外中断，财务部门对云服务失去了信心。',
      ],
      notes: [
        '上周 EXO 宕机 6 小时，Cx 高层叫停迁移',
        'Teams 全球故障那天正好开董事会，Cx 现在对 Teams 信心很低',
        'Purview 控制台一周内两次不可用，安全团队不敢再推',
        'Teams 电话掉线，MS 已确认 service incident，车间二期暂停，不是 adoption 问题',
      ],
    },
    'rel.performance': {
      plain: [
        '客户反映服务响应很慢，排查下来是服务端的延迟问题。',
        '打开云端文档经常要等很久，微软确认是服务方的性能问题。',
        '客户所在地区的用户访问服务时延迟一直偏高，微软已经承认原因在服务端。',
        '试点用户说不想再用 Copilot 了，并不是培训没做好，而是在 Outlook 里让它起草一封邮件常常要等一分钟左右，微软已确认是服务端的延迟。',
      ],
      notes: [
        'SPO 页面加载 10 秒+，MS 确认后端延迟，Cx 暂停迁移',
        'Teams 亚太区媒体延迟高，MS 那边在查，Cx 不敢推',
        'Intune 服务降级，合规策略 3-5 小时才生效，新机到手用不了 → 门店 Autopilot 批次停',
      ],
    },
    'rel.doubt': {
      plain: [
        '客户担心云服务不够稳定，尽管目前还没遇到过故障。',
        '管理层对云服务的成熟度存疑，想再观察一段时间。',
        '客户似乎不太相信服务能达到他们要求的可用性。',
      ],
      notes: [
        'Cx CIO 担心云服务不稳，想等同行先用',
        '还没出过事，但 Cx 总担心 Teams 哪天挂了影响生产',
        'Cx 觉得 Copilot 还太新不成熟，要再观察半年',
      ],
    },
    'rel.control': {
      plain: [
        '客户担心数据放到云上以后，自己会失去对系统的掌控。',
        '与本地部署相比，客户觉得出了问题只能等微软处理，心里没底。',
      ],
      notes: ['Cx 习惯本地机房自己管，怕上云后出问题没法自己处理', 'IT 总监觉得 EXO 看不到底层，不如本地可控'],
    },
    'rel.updates': {
      plain: [
        '客户担心服务更新会在没有通知的情况下改变界面，影响日常工作。',
        '客户顾虑功能变更推送得太突然，用户会措手不及。',
      ],
      notes: [
        'Cx 怕 MS 不打招呼就改功能，上次 Teams 界面一变用户投诉一片',
        '担心 Copilot 功能说变就变，没法提前告知用户',
      ],
    },
    'rel.backup': {
      plain: [
        '客户不确定数据删除后能否恢复，担心重要资料在云端丢失。',
        '客户对服务的备份机制不放心，要求先弄清楚恢复能力。',
      ],
      notes: ['Cx 问 SPO 误删能恢复多久以前的，对备份没信心', '法务担心 EXO 数据丢了找不回，要先看 MS 的恢复能力说明'],
    },
    'rel.trust': {
      plain: [
        '客户不了解微软公开的可靠性和透明度资料，对服务缺乏信心。',
        '客户看过服务等级协议后，仍然觉得其中的承诺不足以让人放心。',
      ],
      notes: ['Cx 没看过 Service Trust Portal，对 SLA 完全不了解', '99.9% 的 SLA Cx 不认，要求更高的承诺'],
    },
    'rel.incident-impact': {
      plain: [
        '一次服务事故让客户的门店整整半天收发不了邮件，业务损失不小。',
        '上次服务故障影响了客服团队接听电话，客户至今仍很介意。',
        '上个月客服中心的 Teams 通话连续几天频繁掉线，微软承认是服务侧媒体组件的故障，第二批坐席的切换因此被叫停。',
      ],
      notes: [
        '上次 Teams 故障影响 2000 名坐席，Cx 业务部门要求给说法',
        'OD4B 服务事故导致投标文件没按时提交，Cx 意见很大',
        'EXO 事故那天邮件延迟 8 小时，终端客户投诉多，销售团队很不满',
      ],
    },
    'rel.border': {
      plain: [
        '用户觉得很卡，可客户这边的网络查下来毫无异常，延迟来自服务本身。', // looks like customer-it-infrastructure-remediation
        '客户并不缺什么功能，只是担心服务会不稳定。', // looks like product-feature-capability
        '客户的 IT 跟得上更新节奏，真正的顾虑是更新会突然影响用户、事先没有预警。', // looks like it-change-management-resourcing
        '表面上看是用户抵触，IT 说员工“不想用 Intune”，实际上是服务降级期间策略要好几个小时才下发到新设备，员工拿到电脑半天登不了邮箱。', // looks like adoption-readiness
        '香港分行接连遇到两次服务事件后，金管局要求提供该服务运营韧性的证明材料；这不是缺哪项认证，而是要说明事件之后服务是否还靠得住，迁移因此暂停。', // looks like product-feature-capability
      ],
      notes: [
        '网络查过没问题，是 MS 服务端延迟', // looks like customer-it-infrastructure-remediation
        '功能都满足，就是不放心稳定性', // looks like product-feature-capability
        '不是 IT 流程跟不上更新，是 Cx 担心 MS 改东西不预告', // looks like it-change-management-resourcing
        'Cx 以为 Copilot 功能不行，其实是 MS 侧延迟，回复要 60 秒+，SHD 有 advisory', // looks like product-feature-capability
      ],
    },
  },
};
