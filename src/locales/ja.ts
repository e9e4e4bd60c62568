import { LocaleText } from './types';

/** 日本語: プレイブックの内容 (seeds) とボットが表示するすべての文字列。 */
export const ja: LocaleText = {
  languageName: '日本語',
  playbook: {
    l1: {
      name: 'ブロック中',
      definition:
        '顧客はワークロードの使用を予定していますが、アカウント チームまたはエンジニアリング チームの支援を受けて取り除く必要がある阻害要因があります。',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: '顧客の IT インフラストラクチャと修復',
        definition:
          '顧客環境にある周辺の IT インフラストラクチャ コンポーネント (互換性のない VPN デバイス、ハードウェアの更新、Active Directory の複雑さ、ハイブリッド シナリオ、クライアント、ブラウザーなど) への依存関係が、導入を妨げています。',
        scope: '問題はテクノロジに関連している必要があります。人やプロセスに関連するものではありません。',
        validExamples: [
          '顧客は Internet Explorer (IE) または Windows をアップグレードする必要があります。',
          '顧客には、展開の前に対処する必要がある AD の複雑な問題があります。',
          '顧客のネットワークは帯域幅が不足しており、アップグレードが必要です。',
          '顧客は合併の途中であり、Active Directory が統合されるまで移行できません。',
          '顧客には、Office 365 (O365) サービスと互換性のない特定の構成があります。',
        ],
        invalidExamples: [
          {
            text: 'IT 部門に、サービスの展開に必要なアーキテクチャの専門知識がありません。',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: '顧客には、変更できない特定の技術的プロセスがあります。',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'IT 変更管理とリソース確保',
        definition:
          'サービスのメンテナンスや更新によって、顧客の既存の IT プロセスやポリシー (IT プロセス、監視、インシデント対応、問題の検出、自宅での使用に関するポリシーなど) が機能しなくなり、導入が妨げられています。変更を管理するには、プロセスまたはポリシーの再設計が必要です。また、顧客に修復のためのリソース (予算または人員) が不足している場合もあります。',
        scope:
          '問題は技術管理者または IT チームに関連している必要があります。基盤となるテクノロジ、ユーザーの準備状況、ビジネス ルールに直接関連するものではありません。',
        validExamples: [
          'IT 部門には、今四半期に展開を実施するための十分な人員または予算がありません。',
          'IT 部門に、サービスの展開に必要なアーキテクチャの専門知識がありません。',
          'サービスの毎月の更新サイクルによって、IT 部門が社内ソフトウェアを認定する方法が成り立たなくなります。',
          'ヘルプ デスクが、クラウド ワークロードをサポートする準備ができていません。',
        ],
        invalidExamples: [
          {
            text: 'プロキシとファイアウォールのハードウェアが、サービスへのトラフィックを処理できません。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'ユーザーがトレーニングを受けておらず、ビジネス部門も切り替えの準備ができていません。',
            belongsTo: 'adoption-readiness',
          },
          { text: '展開のために雇ったパートナーに、必要なスキルがありません。', belongsTo: 'partner-engagement' },
        ],
      },
      'adoption-readiness': {
        name: '導入の準備状況',
        definition:
          'エンド ユーザーの準備状況やビジネス プロセスなど、社内の変更管理に関する問題によって、顧客がサービスを導入できない状態です。IT の変更管理に関する問題には使用しないでください。',
        scope:
          'ほとんどの場合はユーザーの準備状況やトレーニングに関するもので、ビジネス上の決定の場合もあります。IT 担当者やテクノロジに関するものではありません。',
        validExamples: [
          '新しいサービスについてエンド ユーザーをトレーニングする計画が、まだありません。',
          'ビジネス リーダーが、業務のやり方を変えるのは繁忙期が終わってからにしたいと考えています。',
          'ある部門が現在の業務のやり方に依存しており、変更計画がなければ切り替えようとしません。',
        ],
        invalidExamples: [
          { text: 'IT チームに、展開を準備する時間がありません。', belongsTo: 'it-change-management-resourcing' },
          {
            text: 'AD の複雑な問題のため、ユーザーがサインインできません。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: '製品の機能/能力',
        definition:
          '製品またはサービスの中核となる機能 (セキュリティとプライバシーの設定、機能、認定を含む) が不足しているか、バグがあります。主に GetHelp または OneList を通じて解決されます。',
        scope: 'ギャップは Microsoft の製品またはサービス自体にあり、顧客の環境やアプリにあるのではありません。',
        validExamples: [
          '顧客にはサービスにまだない機能が必要で、その機能は OneList に登録されています。',
          '顧客が必要とするセキュリティ認定を、サービスが取得していません。',
          '製品のバグによって主要なシナリオが妨げられており、回避策がありません。',
        ],
        invalidExamples: [
          {
            text: 'その機能は存在しますが、顧客が購入していないプラン (E5) でのみ提供されています。',
            belongsTo: 'billing-licensing-subscription',
          },
          { text: '顧客独自の基幹業務アプリが、サービスで動作しません。', belongsTo: 'app-compatibility' },
        ],
      },
      'app-compatibility': {
        name: 'アプリの互換性',
        definition:
          '顧客の基幹業務 (LOB) アプリケーションがクラウド サービスと互換性がないか、互換性が認定されておらず、展開や使用を妨げています。',
        scope: '阻害要因は顧客独自のアプリケーションまたはアドインであり、サービスの機能不足ではありません。',
        validExamples: [
          '重要な Outlook アドインが、Microsoft 365 Apps (Office ProPlus) で動作しなくなります。',
          'ERP ベンダーが、新しいバージョンの Office で自社製品を認定していません。',
          '社内アプリに、クラウド ID で使用されているものとは異なる UPN 形式が必要です。',
        ],
        invalidExamples: [
          { text: '顧客が必要とする機能がサービスにありません。', belongsTo: 'product-feature-capability' },
          {
            text: '展開の前に Windows をアップグレードする必要があります。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'パートナー エンゲージメント',
        definition:
          'パートナーの選定や契約が遅れているか、パートナーが技術的な展開や導入支援で行き詰まっています (スコープの制限、経験の不足など)。',
        scope:
          '阻害要因はパートナーです。パートナーを見つけることや契約すること、またはパートナーの遂行能力が問題です。',
        validExamples: [
          '顧客は、展開のためのパートナーをまだ選定していません。',
          'パートナーとの作業範囲記述書 (SOW) が、まだ交渉中です。',
          'パートナーはこのワークロードの経験が少なく、プロジェクトが停滞しています。',
        ],
        invalidExamples: [
          {
            text: 'IT スタッフにスキルが不足しており、パートナーの起用も検討されていません。',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: '顧客と Microsoft とのエンタープライズ契約が締結されていません。',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: '請求、ライセンス、サブスクリプション',
        definition:
          'サブスクリプションの問題 (ライセンスの適用、ライセンスの移行、誤った SKU、シート数の削減など) が解決されるまで、実装がブロックされています。解決には、販売担当者、LSS、LSA のいずれかまたは複数の関与が必要です。',
        scope:
          '顧客が購入したもの、または購入できるものに関する問題です。エンジニアリングではなく、販売担当者、LSS、または LSA の対応が必要です。',
        validExamples: [
          '展開の前に、ライセンスを新しいテナントに移行する必要があります。',
          '顧客は商用 SKU を購入しましたが、政府機関向けクラウド (GCC) が必要です。',
          'エンタープライズ契約 (EA) の更新が停滞しています。',
        ],
        invalidExamples: [
          { text: 'ある機能が、サービスのどのプランにも含まれていません。', belongsTo: 'product-feature-capability' },
          { text: 'パートナーとの契約が締結されていません。', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'サービスの信頼性',
        definition:
          '遅延や計画外のサービス インシデント (障害) など、サービスのパフォーマンスが原因で顧客の信頼が低下しています。',
        scope: 'サービスの可用性とパフォーマンスに対する信頼に関するもので、機能の不足に関するものではありません。',
        validExamples: [
          '先月の障害を受けて、顧客は移行を一時停止しました。',
          'ユーザーからサービスの遅延が報告されており、経営陣はサービスが負荷に耐えられるか疑問視しています。',
          'サービスに障害が発生した場合にデータを復旧できるか、顧客が疑問を持っています。',
        ],
        invalidExamples: [
          {
            text: '顧客のネットワーク帯域幅が、サービスには不十分です。',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'サービスにコンプライアンス認定がありません。', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      'scope-people-process': {
        ask: '阻害要因は、テクノロジではなく、人やプロセス (IT スタッフ、ユーザー、ビジネス部門、パートナー) に関するものですか？',
        finding: 'テクノロジではなく、人またはプロセスが妨げになっている',
      },
      'scope-microsoft-side': {
        ask: '問題は Microsoft のサービス自体 (機能の不足や不具合、障害、遅延) にありますか？',
        finding: '問題が Microsoft のサービス自体にある',
      },
      'scope-commercial': {
        ask: 'ライセンス、サブスクリプション、または Microsoft やパートナーとの契約など、商取引上の問題ですか？',
        finding: '商取引上の問題 (ライセンスや契約) が未解決である',
      },
      'scope-technology': {
        ask: '阻害要因は、顧客自身の環境にあるテクノロジ (ネットワーク、デバイス、ディレクトリ (AD)、クライアント、ブラウザー) ですか？',
        finding: '顧客環境のテクノロジが妨げになっている',
      },
      'scope-it-team': {
        ask: '顧客の IT チーム (人員、スキル、予算、または IT のプロセスやポリシー) に関する問題ですか？',
        finding: '顧客の IT チーム (人員、スキル、予算、IT プロセス) が制約になっている',
      },
      'scope-users-business': {
        ask: 'エンド ユーザーまたはビジネス部門 (準備状況、トレーニング、企業文化、ビジネス上の決定) に関する問題ですか？',
        finding: 'エンド ユーザーまたはビジネス部門の準備ができていない',
      },
      'scope-lob-apps': {
        ask: '顧客独自の基幹業務アプリやアドインが、サービスで動作しない、またはサービスでの動作が認定されていませんか？',
        finding: '顧客の基幹業務アプリに互換性がないか、認定されていない',
      },
      'scope-partner': {
        ask: 'パートナーが必要または関与しており、そのパートナーのところで行き詰まっていますか？',
        finding: 'パートナー エンゲージメントで行き詰まっている',
      },
      'scope-reliability': {
        ask: '障害、遅延、またはパフォーマンスが原因で、顧客はサービスへの信頼を失っていますか？',
        finding: '顧客がサービスへの信頼を失っている',
      },
      'inf-devices': {
        ask: 'サービス用のデスクトップやデバイスのセットアップに問題がありますか？',
        finding: 'サービス用のデスクトップやデバイスのセットアップに問題がある',
      },
      'inf-network': {
        ask: '顧客は、ネットワーク デバイス、帯域幅、またはサービスへの接続 (VPN、ファイアウォールなど) に問題を抱えていますか？',
        finding: 'ネットワーク デバイス、帯域幅、または接続 (VPN、ファイアウォール) に問題がある',
      },
      'inf-server-upgrade': {
        ask: '移行の前に、顧客は Exchange または SharePoint の新しいバージョンにアップグレードする必要がありますか？',
        finding: '移行の前に Exchange/SharePoint のアップグレードが必要',
      },
      'm365-windows-image': {
        ask: '顧客は、Windows 10 イメージが完成するまで Microsoft 365 Apps (Office ProPlus) を展開できない状態ですか？',
        finding: 'Microsoft 365 Apps の展開が Windows 10 イメージの完成待ち',
      },
      'm365-packaging': {
        ask: 'パッケージの作成または展開に問題がありますか？',
        finding: 'パッケージの作成または展開に問題がある',
      },
      'm365-channel': {
        ask: '顧客は、チャネル通信の問題を抱えていますか？',
        finding: 'チャネル通信の問題がある',
      },
      'm365-update-solution': {
        ask: 'サービスの更新ソリューションの理解または展開に問題がありますか？',
        finding: '更新ソリューションの理解または展開に問題がある',
      },
      'teams-exchange-first': {
        ask: '顧客は、先に Exchange を展開するのを待っていますか？',
        finding: '先に Exchange を展開するのを待っている',
      },
      'itcm-resourcing': {
        ask: '顧客には、作業を行うための IT スタッフや予算が不足していますか？',
        finding: 'IT スタッフまたは予算が不足している',
      },
      'itcm-skills': {
        ask: 'IT チームに、このワークロードのためのスキルが不足していますか (パートナーの起用も検討されていませんか)？',
        finding: 'IT 部門にワークロードのためのスキルが不足している',
      },
      'itcm-helpdesk': {
        ask: 'ヘルプ デスクは、クラウド ワークロードをサポートする準備がまだできていませんか？',
        finding: 'ヘルプ デスクがクラウド ワークロードをサポートする準備ができていない',
      },
      'itcm-update-cadence': {
        ask: 'サービスの更新頻度が、IT 部門による社内ソフトウェアの管理方法と合いませんか？',
        finding: 'サービスの更新頻度が IT 部門のソフトウェア管理と合わない',
      },
      'itcm-allow-lists': {
        ask: 'IT 部門は、ネットワークの許可リスト (URL と IP アドレス範囲) を最新の状態に保つのに苦労していますか？',
        finding: 'IT 部門がネットワークの許可リストを最新の状態に保てない',
      },
      'ado-user-education': {
        ask: '新しいサービスについてユーザーを教育する計画が、まだありませんか？',
        finding: 'ユーザーを教育する計画がまだない',
      },
      'ado-departments': {
        ask: '一部の部門が、他の部門よりもはるかに大きな影響を受けますか？',
        finding: '一部の部門が他の部門より大きな影響を受ける',
      },
      'ado-culture': {
        ask: 'まず企業文化を変える必要があり、しかも導入計画がまだありませんか？',
        finding: '企業文化を変える必要があり、導入計画がない',
      },
      'ado-business-decision': {
        ask: '(IT 部門ではなく) ビジネス部門が、決定やビジネス プロセスの変更を待って展開を保留していますか？',
        finding: 'ビジネス部門が決定を待って展開を保留している',
      },
      'pfc-requirement': {
        ask: 'サービスが満たしていない機能要件があり、それがないことで展開が妨げられていますか？',
        finding: 'サービスが機能要件を満たしていない',
      },
      'pfc-logged': {
        ask: 'このギャップは製品グループに登録済み (OneList または GetHelp) ですか、または登録すべきものですか？',
        finding: 'ギャップが OneList/GetHelp に登録済み (または登録すべき)',
      },
      'pfc-security': {
        ask: '不足しているのは、セキュリティ、プライバシー、またはコンプライアンスの機能や認定ですか？',
        finding: 'セキュリティ、プライバシー、またはコンプライアンスの機能が不足している',
      },
      'pfc-workaround': {
        ask: '現時点で、許容できる回避策がありませんか？',
        finding: '現時点で許容できる回避策がない',
      },
      'pfc-competitor': {
        ask: '不足しているものを、競合製品が提供していますか？',
        finding: '不足しているものを競合製品が提供している',
      },
      'app-lob-testing': {
        ask: '他の基幹業務アプリとのテストで問題が見つかりましたか、またはテストがまだ行われていませんか？',
        finding: '基幹業務アプリのテストで問題が見つかった、またはテストが未実施',
      },
      'app-identity': {
        ask: '異なる UPN を必要とするアプリなど、ID に関する問題がありますか？',
        finding: '異なる UPN 要件などの ID に関する問題がある',
      },
      'm365-addins': {
        ask: 'Office アドイン (Outlook、Excel、Word) が動作しなくなりますか？',
        finding: 'Office アドイン (Outlook、Excel、Word) が動作しなくなる',
      },
      'm365-excel-formulas': {
        ask: 'アップグレードによって、カスタムの Excel 数式が影響を受けますか？',
        finding: 'カスタムの Excel 数式がアップグレードの影響を受ける',
      },
      'par-skills': {
        ask: 'パートナーに、この展開のためのスキルや経験が不足していますか？',
        finding: 'パートナーのスキルまたは経験が不足している',
      },
      'par-finding': {
        ask: '顧客は、パートナーを見つけることや契約することに苦労していますか？',
        finding: 'パートナーを見つけることや契約することが難航している',
      },
      'par-relationship': {
        ask: '顧客とパートナーの関係が悪化していますか？',
        finding: '顧客とパートナーの関係が悪化している',
      },
      'par-unresponsive': {
        ask: 'パートナーが Microsoft に応答していませんか？',
        finding: 'パートナーが Microsoft に応答していない',
      },
      'bil-platform': {
        ask: '顧客は、誤ったプラットフォームまたは SKU を購入しましたか (政府機関向けクラウドが必要な場合など)？',
        finding: '誤ったプラットフォームまたは SKU を購入した',
      },
      'bil-tenant-move': {
        ask: 'テナントの変更により、ライセンスを移行する必要がありますか？',
        finding: 'テナントの変更によりライセンスの移行が必要',
      },
      'bil-capex': {
        ask: '資本的支出としての扱いが原因で、購入が保留されていますか？',
        finding: '資本的支出としての扱いが購入を妨げている',
      },
      'bil-contract': {
        ask: 'エンタープライズ契約 (EA) またはその他の契約が停滞していますか？',
        finding: 'エンタープライズ契約またはその他の契約が停滞している',
      },
      'bil-plan-features': {
        ask: '顧客は、現在のプラン (E1/E3/E5) に含まれていない機能を必要としていますか？',
        finding: '現在のプラン (E1/E3/E5) に含まれていない機能が必要',
      },
      'rel-transparency': {
        ask: '顧客は、Microsoft の透明性と信頼に関する資料を知らない、または納得していませんか？',
        finding: 'Microsoft の透明性と信頼に関する資料に納得していない',
      },
      'rel-backup': {
        ask: '顧客は、サービス内のデータのバックアップと復旧に疑問を持っていますか？',
        finding: 'バックアップと復旧に疑問がある',
      },
      'rel-judgement': {
        ask: '顧客は、これまでに経験した障害、インシデント、遅延をもとに信頼性を判断していますか？',
        finding: '障害、インシデント、遅延をもとに信頼性を判断している',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps (Office ProPlus)',
      teams: 'Teams',
      other: 'その他のワークロード',
    },
    phases: {
      assignment: {
        name: '割り当て',
        situation: '顧客はサービスの使用を予定していますが、1 つ以上の問題によって展開を進められない状態です。',
      },
      delivery: {
        name: '提供',
        situation: '顧客はサービスの使用を予定していますが、1 つ以上の問題によって展開を進められない状態です。',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'FTOP を更新する担当者',
        l1: 'L1 の値',
        l2: 'L2 の値',
        l3: 'L3 の値',
        serviceStatus: 'サービスの状態',
        engagementScenario: 'サービス エンゲージメントのシナリオ',
        targetDate: '目標日',
        owner: '担当者',
        notes: 'メモ',
        nextActionDate: '次のアクションの日付',
        nextAction: '次に実行するアクション',
      },
      values: {
        assignment: {
          whoUpdates: '割り当て FM',
          l1: 'ブロック中',
          l3: 'まだなし (L3 は近日公開予定)',
          serviceStatus: '該当なし',
          engagementScenario: '適切なシナリオを選択',
          targetDate: '該当なし',
          owner: '提供 FM',
          nextActionDate: '初回ディスカッションの日付',
          nextAction: 'キックオフ ミーティング',
        },
        delivery: {
          whoUpdates: '提供 FM',
          l1: 'ブロック中',
          l3: 'まだなし (L3 は近日公開予定)',
          serviceStatus: '該当なし',
          engagementScenario: '前の値のまま',
          targetDate: 'ブロック解除の予定日',
          owner: 'アカウント チーム',
          nextActionDate: '未定',
          nextAction: 'L2/L3 によって異なる',
        },
      },
    },
  },
  ui: {
    botName: 'ブロッカー トリアージ',
    commandWords: {
      start: ['開始', 'トリアージ', 'スタート'],
      help: ['ヘルプ'],
      list: ['一覧', 'リスト'],
      explain: ['説明'],
      summary: ['サマリー', '要約'],
      clearSummary: ['サマリーをクリア', '要約をクリア'],
      language: ['言語'],
    },
    actions: {
      startTriage: 'トリアージを開始',
      listL2s: 'L2 の一覧',
      help: 'ヘルプ',
      back: '戻る',
      startOver: '最初からやり直す',
      chooseMyself: 'L2 を自分で選ぶ',
      useThis: 'この L2 を使用',
      explain: '説明',
      tryAgain: '再試行',
      showPhase: '{phase} フェーズで表示',
      change: '変更',
      backToResult: '結果に戻る',
      thatsIt: 'これで決定',
      walkMe: '質問に沿って確認する',
      showAll: 'すべての L2 を表示',
      language: '言語',
      settle: 'レビューのサマリーに追加',
      copyForFtop: 'FTOP 用にコピー',
      clearSummary: 'サマリーをクリア',
      confirmClear: 'はい、クリアします',
      cancel: 'キャンセル',
    },
    answers: { y: 'はい', n: 'いいえ', u: 'わからない' },
    welcome: {
      title: 'FastTrack のブロッカー トリアージ',
      intro:
        '顧客がワークロードの導入を希望しているのに展開を妨げる問題がある場合、FTOP には L1 **ブロック中** と適切な L2 を設定する必要があります。プレイブックの質問に沿ってご案内し、L2、その理由、確認方法、そして貼り付けてすぐ使える FTOP フィールドをお伝えします。',
      channelTip: 'チャネルやグループ チャットでは、私を @メンションしてください。全員に同じカードが表示されます。',
    },
    help: {
      title: 'できること',
      commands: [
        { command: '開始', description: 'ガイド付きのトリアージを開始します (「トリアージ」でも開始できます)。' },
        { command: '一覧', description: '「ブロック中」の 8 つの L2 理由を一覧表示します。' },
        {
          command: '説明 <L2>',
          description: 'ID または名前を指定して、L2 のページを表示します (例: 説明 アプリの互換性)。',
        },
        { command: 'ヘルプ', description: 'このカードを表示します。' },
      ],
      cards:
        'どの質問でも、前に戻る、最初からやり直す、または L2 を自分で選ぶことができます。結果には、割り当てフェーズまたは提供フェーズの FTOP フィールドが表示されます。',
      channelTip: 'チャネルやグループ チャットでは、コマンドの前に私を @メンションしてください。',
    },
    workload: {
      title: 'ブロックされた展開のトリアージ',
      prompt: 'どのワークロードがブロックされていますか？',
    },
    question: {
      progress: '質問 {number} / 最大 {max} · {workload}',
      leaning: '有力な候補: {l2} ({percent}%)',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: '信頼度: {percent}% ({count} 件の回答に基づく)',
      chosen: 'ご自身で選択しました',
      lowConfidence: '回答だけでは判断できません。下の次点の候補を確認するか、L2 を自分で選んでください。',
      why: '理由',
      noAnswers: '回答はありません。',
      definition: '定義',
      scope: '範囲',
      confirm: '顧客に確認する',
      workloadQuestions: '{workload} の場合',
      notThis: '次の場合はこの L2 ではありません…',
      belongsTo: '{example} → {l2}',
      ftop: 'FTOP フィールド ({phase} フェーズ)',
      notesLine: 'メモ行 (貼り付け用)',
      notRight: '違う場合は、次点の候補:',
      runnerUp: '{l2} ({percent}%)',
    },
    notes: {
      line: '{l1} – {l2} [{id}] ({workload}): {findings}。',
      separator: '。',
      noFindings: 'ブロックしている問題を記入してください',
    },
    choose: {
      title: 'L2 を選択',
      intro: '該当する L2 を選んでください。これまでの回答は保持されます。',
    },
    list: {
      title: '{l1}: 8 つの L2 理由',
      intro: '{definition}',
    },
    explain: {
      validExamples: '該当する例',
      invalidExamples: '該当しない例 (示されている L2 を使用してください)',
      confirm: '顧客に確認するための質問',
      workloadQuestions: '{workload} に固有の質問',
      notFound:
        '「{query}」という L2 は見つかりません。8 つすべてを以下に示します。「説明」に続けて ID または名前を入力してください。',
      missing:
        'どの L2 ですか？「説明」に続けて ID または名前を入力してください (例: 説明 パートナー エンゲージメント)。',
    },
    stale: {
      title: 'このカードは古くなっています',
      text: 'このカードは以前のバージョンのボットで作成されたか、データが変更されています。新しいカードを表示するには、もう一度開始してください。',
    },
    error: {
      title: 'こちらで問題が発生しました',
      text: '回答はこのカードに保持されています。もう一度お試しいただくか、最初からやり直してください。',
      message:
        '申し訳ありません。こちらで問題が発生しました。回答は保持されています。カードをもう一度クリックするか、「開始」と入力してください。',
    },
    suggestion: {
      title: '該当しそうな L2: {l2}',
      youWrote: '入力された内容',
      confidence: '信頼度: {percent}%',
      why: '理由',
      evidenceTerm: '「{text}」は {l2} を示しています',
      evidenceExample: '「{text}」の例に類似 ({l2})',
      runnerUps: 'ほかの候補: {list}',
      abstain: 'どの L2 に該当するか判断できません。質問に沿って確認しましょう。',
      truncated: '(省略)',
    },
    language: {
      title: '言語を選択してください',
      changed: '今後は{language}でお答えします。',
    },
    summary: {
      title: 'レビューのサマリー: ブロッカー {count} 件',
      empty:
        'この会話で確定したものはまだありません。トリアージを完了して「レビューのサマリーに追加」を押してください。',
      customer: '顧客',
      workload: 'ワークロード',
      l2: 'L2',
      notes: 'メモ',
      confirmedBy: '確認者',
      when: '日時',
      copyHeading: 'FTOP 用にコピー',
      csvName: 'レビューのサマリー.csv',
      csvReady: 'レビューのサマリーの CSV ファイルです。',
      clearQuestion: 'この会話のレビューのサマリーをクリアしますか？この操作は元に戻せません。',
      cleared: 'レビューのサマリーをクリアしました。',
      kept: 'レビューのサマリーは保持されます。',
      settled: '{name} さんがレビューのサマリーに追加しました。',
      answeredBy: '回答者: {name}',
      unknownCustomer: '(未指定)',
    },
    notAllowed: 'このボットは、ご利用の組織では使用できません。',
    storageDown:
      '申し訳ありません。現在、ストレージに接続できません。変更は行われていません。しばらくしてから、もう一度お試しください。',
  },
};
